import { DOMImplementation, XMLSerializer, type Element } from '@xmldom/xmldom'

import { stripInvalidXmlChars } from '../text/xml-chars'

const XMLNS = 'http://www.w3.org/2000/xmlns/'
const XML = 'http://www.w3.org/XML/1998/namespace'

export type XmlAttributes = Record<string, string | number | null | undefined>

export interface XmlElement {
  /** Appends a child element (a `prefix:` name takes that namespace) and returns it. */
  add(name: string, attributes?: XmlAttributes, text?: string | null): XmlElement
}

export interface XmlRoot {
  name: string
  /** The root's (default) namespace; unprefixed children share it. */
  namespace?: string
  /** Prefixes declared once on the root (`dc` → Dublin Core). */
  prefixes?: Record<string, string>
  attributes?: XmlAttributes
}

/**
 * Documents built through a DOM and serialized by @xmldom/xmldom, which escapes every `&`,
 * `<` and `>` in text and quotes in attributes (xmlbuilder2 leaves `&amp;`-looking text alone,
 * which unescapes editors' text and can produce undefined entities). Characters XML cannot
 * carry at all are dropped from every text and attribute here, so no caller can forget.
 */
export function xmlDocument(root: XmlRoot): { root: XmlElement; serialize(): string } {
  const prefixes = root.prefixes ?? {}
  const doc = new DOMImplementation().createDocument(root.namespace ?? null, root.name, null)

  const setAttributes = (element: Element, attributes: XmlAttributes) => {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === undefined) continue
      const text = stripInvalidXmlChars(String(value))
      if (name.startsWith('xml:')) element.setAttributeNS(XML, name, text)
      else element.setAttribute(name, text)
    }
  }

  const wrap = (element: Element): XmlElement => ({
    add(name, attributes = {}, text) {
      const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : null
      const namespace = prefix ? prefixes[prefix] : root.namespace
      if (prefix && !namespace) throw new Error(`XML prefix "${prefix}" is not declared`)
      const child = doc.createElementNS(namespace ?? null, name)
      setAttributes(child, attributes)
      if (text !== null && text !== undefined) child.appendChild(doc.createTextNode(stripInvalidXmlChars(text)))
      element.appendChild(child)
      return wrap(child)
    },
  })

  const documentElement = doc.documentElement as Element
  for (const [prefix, uri] of Object.entries(prefixes)) documentElement.setAttributeNS(XMLNS, `xmlns:${prefix}`, uri)
  setAttributes(documentElement, root.attributes ?? {})
  return {
    root: wrap(documentElement),
    serialize: () => `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`,
  }
}

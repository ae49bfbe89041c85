/**
 * Link safety. Every URL an editor can store is either absolute http(s) or, inside rich text,
 * a path on this site. `javascript:`, `data:` and friends never reach a page or a feed.
 */

/** An absolute http:// or https:// URL with a host. */
export function isHttpUrl(value: string): boolean {
  if (value !== value.trim() || /\s/.test(value)) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** A path on this site ("/topics/trade"), not a protocol-relative "//host". */
export function isSitePath(value: string): boolean {
  return /^\/(?!\/)[^\s\\]*$/.test(value)
}

/** A site path made absolute, for feed readers that have no page to resolve it against; other URLs as they are. */
export function absoluteUrl(url: string, site: string): string {
  return isSitePath(url) ? `${site}${url}` : url
}

export const HTTP_URL_MESSAGE = 'Enter a full web address starting with http:// or https://.'

/** Payload validate for a link field; empty is fine unless `required`. */
export function validateHttpUrl(value: unknown, { required = false } = {}): string | true {
  if (value === null || value === undefined || value === '') return required ? 'Enter a web address.' : true
  if (typeof value !== 'string' || !isHttpUrl(value)) return HTTP_URL_MESSAGE
  return true
}

interface LexicalNodeLike {
  type?: unknown
  url?: unknown
  fields?: { url?: unknown; linkType?: unknown } | null
  children?: unknown
}

/** Every link URL in a Lexical editor state that is neither http(s) nor a site path. */
export function unsafeRichTextLinks(state: unknown): string[] {
  const unsafe: string[] = []
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { fields, url, children } = node as LexicalNodeLike
    const candidate = fields && typeof fields === 'object' && fields.linkType !== 'internal' ? fields.url : url
    if (typeof candidate === 'string' && candidate !== '' && !isHttpUrl(candidate) && !isSitePath(candidate))
      unsafe.push(candidate)
    if (Array.isArray(children)) children.forEach(visit)
  }
  visit((state as { root?: unknown } | null)?.root)
  return unsafe
}

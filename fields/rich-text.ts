import { BlocksFeature, LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'
import { richText as validateRichText } from 'payload/shared'

import { BODY_BLOCKS } from '../blocks'
import { HTTP_URL_MESSAGE, isHttpUrl, isSitePath, unsafeRichTextLinks } from '../lib/links'

/**
 * Lexical's link feature only checks for spaces, and the renderer writes the stored URL as it
 * is: check every link ourselves, in the editor's link drawer and again over the whole
 * document (a REST client can send any JSON).
 */
const editor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link'),
    LinkFeature({
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          field.name === 'url' && field.type === 'text'
            ? ({
                ...field,
                validate: (value, options) => {
                  if ((options.siblingData as { linkType?: string } | undefined)?.linkType === 'internal') return true
                  if (typeof value === 'string' && (isHttpUrl(value) || isSitePath(value))) return true
                  return `${HTTP_URL_MESSAGE} Links to this site may also start with /.`
                },
              } as typeof field)
            : field,
        ),
    }),
    // Statement embeds, pull quotes, figures and charts: each a unit in blocks/, registered in blocks/index.ts.
    BlocksFeature({ blocks: BODY_BLOCKS }),
  ],
})

/** The shape every Lexical document stored here has: a root node with child nodes. */
function isLexicalDocument(value: unknown): boolean {
  const root = typeof value === 'object' && value !== null ? (value as { root?: unknown }).root : undefined
  return (
    typeof root === 'object' &&
    root !== null &&
    (root as { type?: unknown }).type === 'root' &&
    Array.isArray((root as { children?: unknown }).children)
  )
}

export function richTextField(
  name: string,
  overrides: Partial<Omit<RichTextField, 'type' | 'name' | 'editor'>> = {},
): RichTextField {
  return {
    name,
    type: 'richText',
    editor,
    ...overrides,
    validate: async (value, options) => {
      // Payload's own check takes any JSON; the renderer needs a Lexical document.
      if (value !== null && value !== undefined && !isLexicalDocument(value))
        return 'This is not a rich-text document: send the Lexical JSON the admin saves ({ "root": { "type": "root", "children": [] } }).'
      const unsafe = unsafeRichTextLinks(value)
      if (unsafe.length > 0)
        return `Links must start with http://, https:// or / — "${unsafe[0]!.slice(0, 80)}" does not.`
      return validateRichText(value, options)
    },
  }
}

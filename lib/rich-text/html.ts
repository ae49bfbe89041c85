import {
  convertLexicalToHTMLAsync,
  defaultHTMLConvertersAsync,
  type HTMLConvertersAsync,
} from '@payloadcms/richtext-lexical/html-async'
import type { SerializedBlockNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import escapeHtml from 'escape-html'

import { BLOCK_UNITS } from '../../blocks'
import type { EmbedResolver, StoredBlockFields } from '../../blocks/unit'
import { absoluteUrl, isHttpUrl, isSitePath } from '../links'
import type { RichTextDocument } from './from-paragraphs'

export type { EmbedResolver }

/**
 * A Lexical body as self-contained HTML for feeds: Payload's converters for the text, each
 * block's own `toHtml` (blocks/) for the blocks, every link and image absolute, unsafe link
 * schemes dropped, all text escaped.
 */
export async function renderBodyHtml(
  body: RichTextDocument | null | undefined,
  site: string,
  resolve: EmbedResolver,
): Promise<string> {
  if (!body) return ''
  const context = { site, resolve }
  const converters: HTMLConvertersAsync = {
    ...defaultHTMLConvertersAsync,
    link: async ({ node, nodesToHTML }) => {
      const link = node as SerializedLinkNode
      const children = (await nodesToHTML({ nodes: link.children })).join('')
      const url = link.fields.url ?? ''
      if (!isHttpUrl(url) && !isSitePath(url)) return children
      return `<a href="${escapeHtml(absoluteUrl(url, site))}">${children}</a>`
    },
    blocks: Object.fromEntries(
      BLOCK_UNITS.map((unit) => [
        unit.config.slug,
        async ({ node }: { node: SerializedBlockNode<StoredBlockFields> }) => unit.toHtml(node.fields, context),
      ]),
    ),
  }
  return convertLexicalToHTMLAsync({ data: body, converters, disableContainer: true })
}

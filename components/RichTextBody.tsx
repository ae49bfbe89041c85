import type { SerializedBlockNode } from '@payloadcms/richtext-lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { BLOCK_UNITS } from '@/blocks'
import type { EmbedLookup, StoredBlockFields } from '@/blocks/unit'
import type { ArticleEmbeds, ArticleView } from '@/lib/content'

/** The story's embedded documents by id, as its blocks look them up. */
function lookup(embeds: ArticleEmbeds): EmbedLookup {
  const byId = <T extends { id: number }>(list: T[]) => {
    const found = new Map(list.map((item) => [item.id, item]))
    return (id: number | null) => (id === null ? null : (found.get(id) ?? null))
  }
  return { statement: byId(embeds.statements), image: byId(embeds.images), indicator: byId(embeds.indicators) }
}

/**
 * Payload's JSX converters plus each block's own Component (blocks/): stored Lexical JSON
 * becomes React, editor HTML is never injected. Embedded documents come loaded with the story
 * (see getPublishedArticle), so a body with many quotes or charts costs no extra reads; a block
 * whose document is missing or unpublished renders nothing.
 */
function converters(embeds: ArticleEmbeds): JSXConvertersFunction {
  const embedded = lookup(embeds)
  const blocks = Object.fromEntries(
    BLOCK_UNITS.map((unit) => [
      unit.config.slug,
      ({ node }: { node: SerializedBlockNode<StoredBlockFields> }) => (
        <unit.Component fields={node.fields} embedded={embedded} />
      ),
    ]),
  )
  return ({ defaultConverters }) => ({ ...defaultConverters, blocks })
}

export function RichTextBody({ data, embeds }: { data: ArticleView['body']; embeds: ArticleEmbeds }) {
  if (!data) return null
  return <RichText className="body" data={data} converters={converters(embeds)} />
}

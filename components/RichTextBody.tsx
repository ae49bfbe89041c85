import type { SerializedBlockNode } from '@payloadcms/richtext-lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import type { ArticleEmbeds, ArticleView } from '@/lib/content'
import { idOf } from '@/lib/relation-ids'
import type { ChartBlock, FigureBlock, PullQuoteBlock, StatementEmbedBlock } from '@/payload-types'

import { Chart, Figure, PullQuote, StatementEmbed } from './rich-text/blocks'

/**
 * Payload's JSX converters plus our blocks: stored Lexical JSON becomes React, editor HTML is
 * never injected. Embedded documents come loaded with the story (see getPublishedArticle), so
 * a body with many quotes or charts costs no extra reads; a block whose document is missing
 * or unpublished renders nothing.
 */
function converters(embeds: ArticleEmbeds): JSXConvertersFunction {
  const find = <T extends { id: number }>(list: T[], value: unknown) => list.find((item) => item.id === idOf(value)) ?? null
  return ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: {
      statementEmbed: ({ node }: { node: SerializedBlockNode<StatementEmbedBlock> }) => <StatementEmbed statement={find(embeds.statements, node.fields.statement)} />,
      pullQuote: ({ node }: { node: SerializedBlockNode<PullQuoteBlock> }) => <PullQuote block={node.fields} />,
      figure: ({ node }: { node: SerializedBlockNode<FigureBlock> }) => <Figure image={find(embeds.images, node.fields.image)} caption={node.fields.caption} />,
      chart: ({ node }: { node: SerializedBlockNode<ChartBlock> }) => <Chart indicator={find(embeds.indicators, node.fields.indicator)} title={node.fields.title} />,
    },
  })
}

export function RichTextBody({ data, embeds }: { data: ArticleView['body']; embeds: ArticleEmbeds }) {
  if (!data) return null
  return <RichText className="body" data={data} converters={converters(embeds)} />
}

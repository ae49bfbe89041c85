import type { SerializedBlockNode } from '@payloadcms/richtext-lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import type { ArticleView } from '@/lib/content/articles'
import type { ChartBlock, FigureBlock, PullQuoteBlock, StatementEmbedBlock } from '@/payload-types'

import { Chart, Figure, PullQuote, StatementEmbed } from './rich-text/blocks'

/** Payload's JSX converters plus our blocks: stored Lexical JSON becomes React, editor HTML is never injected. */
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  blocks: {
    statementEmbed: ({ node }: { node: SerializedBlockNode<StatementEmbedBlock> }) => <StatementEmbed block={node.fields} />,
    pullQuote: ({ node }: { node: SerializedBlockNode<PullQuoteBlock> }) => <PullQuote block={node.fields} />,
    figure: ({ node }: { node: SerializedBlockNode<FigureBlock> }) => <Figure block={node.fields} />,
    chart: ({ node }: { node: SerializedBlockNode<ChartBlock> }) => <Chart block={node.fields} />,
  },
})

export function RichTextBody({ data }: { data: ArticleView['body'] }) {
  if (!data) return null
  return <RichText className="body" data={data} converters={converters} />
}

import type { Block } from 'payload'

/** A statement from the statements collection, shown in the story as a quote card. */
export const StatementEmbedBlock: Block = {
  slug: 'statementEmbed',
  interfaceName: 'StatementEmbedBlock',
  labels: { singular: 'Statement', plural: 'Statements' },
  fields: [{ name: 'statement', type: 'relationship', relationTo: 'statements', required: true }],
}

/** A line from the story set large. */
export const PullQuoteBlock: Block = {
  slug: 'pullQuote',
  interfaceName: 'PullQuoteBlock',
  labels: { singular: 'Pull quote', plural: 'Pull quotes' },
  fields: [
    { name: 'text', type: 'textarea', required: true, maxLength: 400 },
    { name: 'attribution', type: 'text', maxLength: 120 },
  ],
}

/** An image with its caption and credit (the image's own unless overridden here). */
export const FigureBlock: Block = {
  slug: 'figure',
  interfaceName: 'FigureBlock',
  labels: { singular: 'Figure', plural: 'Figures' },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'textarea', maxLength: 500, admin: { description: 'Leave empty to use the image’s own caption.' } },
  ],
}

/** An indicator drawn as a chart, with its data as a table beside it. */
export const ChartBlock: Block = {
  slug: 'chart',
  interfaceName: 'ChartBlock',
  labels: { singular: 'Chart', plural: 'Charts' },
  fields: [
    { name: 'indicator', type: 'relationship', relationTo: 'indicators', required: true },
    { name: 'title', type: 'text', maxLength: 160, admin: { description: 'Leave empty to use the indicator’s name.' } },
  ],
}

export const BODY_BLOCKS = [StatementEmbedBlock, PullQuoteBlock, FigureBlock, ChartBlock]

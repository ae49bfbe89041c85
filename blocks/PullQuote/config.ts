import type { PullQuoteBlock } from '../../payload-types'
import type { BlockConfig } from '../unit'

/** A line from the story set large. */
export const config: BlockConfig<PullQuoteBlock> = {
  slug: 'pullQuote',
  interfaceName: 'PullQuoteBlock',
  labels: { singular: 'Pull quote', plural: 'Pull quotes' },
  fields: [
    { name: 'text', type: 'textarea', required: true, maxLength: 400 },
    { name: 'attribution', type: 'text', maxLength: 120 },
  ],
}

import type { PullQuoteBlock } from '../../payload-types'
import { defineBlock } from '../unit'
import { PullQuote } from './Component'
import { config } from './config'
import { pullQuoteHtml } from './html'

export const pullQuote = defineBlock<PullQuoteBlock>({
  config,
  Component: PullQuote,
  toHtml: pullQuoteHtml,
  // Its words are stored in the block itself.
  embeds: () => ({}),
})

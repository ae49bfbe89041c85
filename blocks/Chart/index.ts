import type { ChartBlock } from '../../payload-types'
import { defineBlock, idOf } from '../unit'
import { Chart } from './Component'
import { config } from './config'
import { chartHtml } from './html'

export const chart = defineBlock<ChartBlock>({
  config,
  Component: Chart,
  toHtml: chartHtml,
  embeds: (fields) => ({ indicators: [idOf(fields.indicator)] }),
})

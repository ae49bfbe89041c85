import type { FigureBlock } from '../../payload-types'
import { defineBlock, idOf } from '../unit'
import { Figure } from './Component'
import { config } from './config'
import { figureHtml } from './html'

export const figure = defineBlock<FigureBlock>({
  config,
  Component: Figure,
  toHtml: figureHtml,
  embeds: (fields) => ({ images: [idOf(fields.image)] }),
})

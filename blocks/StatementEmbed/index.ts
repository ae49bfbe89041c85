import type { StatementEmbedBlock } from '../../payload-types'
import { defineBlock, idOf } from '../unit'
import { StatementEmbed } from './Component'
import { config } from './config'
import { statementEmbedHtml } from './html'

export const statementEmbed = defineBlock<StatementEmbedBlock>({
  config,
  Component: StatementEmbed,
  toHtml: statementEmbedHtml,
  embeds: (fields) => ({ statements: [idOf(fields.statement)] }),
})

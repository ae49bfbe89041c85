import type { StatementEmbedBlock } from '../../payload-types'
import type { BlockConfig } from '../unit'

/** A statement from the statements collection, shown in the story as a quote card. */
export const config: BlockConfig<StatementEmbedBlock> = {
  slug: 'statementEmbed',
  interfaceName: 'StatementEmbedBlock',
  labels: { singular: 'Statement', plural: 'Statements' },
  fields: [{ name: 'statement', type: 'relationship', relationTo: 'statements', required: true }],
}

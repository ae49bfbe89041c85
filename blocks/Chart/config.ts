import type { ChartBlock } from '../../payload-types'
import type { BlockConfig } from '../unit'

/** An indicator drawn as a chart, with its data as a table beside it. */
export const config: BlockConfig<ChartBlock> = {
  slug: 'chart',
  interfaceName: 'ChartBlock',
  labels: { singular: 'Chart', plural: 'Charts' },
  fields: [
    { name: 'indicator', type: 'relationship', relationTo: 'indicators', required: true },
    { name: 'title', type: 'text', maxLength: 160, admin: { description: 'Leave empty to use the indicator’s name.' } },
  ],
}

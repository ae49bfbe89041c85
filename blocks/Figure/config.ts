import type { FigureBlock } from '../../payload-types'
import type { BlockConfig } from '../unit'

/** An image with its caption and credit (the image's own unless overridden here). */
export const config: BlockConfig<FigureBlock> = {
  slug: 'figure',
  interfaceName: 'FigureBlock',
  labels: { singular: 'Figure', plural: 'Figures' },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    {
      name: 'caption',
      type: 'textarea',
      maxLength: 500,
      admin: { description: 'Leave empty to use the image’s own caption.' },
    },
  ],
}

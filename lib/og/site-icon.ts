import sharp from 'sharp'

import { renderText } from './card'

/** The site's square mark (feeds' icon and logo, browser icon): "SW" on the house red. */
export async function renderSiteIcon(size = 512): Promise<Buffer> {
  const letters = await renderText(
    'SW',
    { size: Math.round(size * 0.42), bold: true, color: '#ffffff' },
    { width: size, wrap: 'none' },
  )
  const { width = 0, height = 0 } = await sharp(letters).metadata()
  const background = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="100%" height="100%" rx="${size * 0.12}" fill="#8a1c1c"/></svg>`,
  )
  return sharp(background)
    .composite([{ input: letters, left: Math.round((size - width) / 2), top: Math.round((size - height) / 2) }])
    .png()
    .toBuffer()
}

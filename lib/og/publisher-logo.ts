import sharp from 'sharp'

import { SITE_NAME } from '../site'
import { renderText } from './card'

/**
 * The publisher logo structured data names: square, because Google shows an organisation's
 * logo in a square or round frame and asks for at least 112×112; on white, which is where it
 * must still read.
 */
export const PUBLISHER_LOGO = { path: '/logo.png', width: 600, height: 600 } as const

/** The site's name set in two lines in the house red: "SUMMIT" over "WIRE". */
export async function renderPublisherLogo(): Promise<Buffer> {
  const { width, height } = PUBLISHER_LOGO
  const words = SITE_NAME.toUpperCase().split(/\s+/).join('\n')
  const text = await renderText(
    words,
    { size: 128, bold: true, color: '#8a1c1c' },
    { width: width - 80, wrap: 'none', align: 'centre' },
  )
  const drawn = await sharp(text).metadata()
  const background = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#ffffff"/></svg>`,
  )
  return sharp(background)
    .composite([
      {
        input: text,
        left: Math.round((width - (drawn.width ?? 0)) / 2),
        top: Math.round((height - (drawn.height ?? 0)) / 2),
      },
    ])
    .png()
    .toBuffer()
}

import escapeHtml from 'escape-html'
import sharp from 'sharp'

import { stripInvalidXmlChars } from '../text/xml-chars'
import { configureBundledFonts } from './fonts'
import { OG_HEIGHT, OG_WIDTH } from './metadata'

export type OgCard = {
  /** A short label above the title: a topic, "Statement". */
  kicker?: string | null
  title: string
  /** Verbatim words: set in quotation marks (after any shortening, so the closing mark stays). */
  quoted?: boolean
  /** One line under the rule: dateline and date, or who said it. */
  footer?: string | null
}

export type CardSize = { width: number; height: number }

const MARGIN = 72
const TITLE_TOP = 150
/** Space under the title for the rule and the footer line. */
const FOOTER_SPACE = 150
/** The title's size on a 1200×630 card; taller cards set it larger, up to TITLE_MAX_SIZE. */
const TITLE_SIZE = 64
const TITLE_MAX_SIZE = 96
const TITLE_MAX_GRAPHEMES = 220
const LINE_MAX_GRAPHEMES = 90

const ink = '#1a1a1a'
const accent = '#8a1c1c'
const muted = '#4d4d4d'

/**
 * Draws a PNG card, 1200×630 for social previews unless `size` says otherwise (search engines
 * ask for 16:9, 4:3 and 1:1 too: lib/og/article-images.ts). Text goes through Pango (via
 * sharp) with the bundled Noto fonts, so Cyrillic, Chinese, Arabic and emoji are shaped and
 * laid out right to left where they should be, with no network and no system fonts.
 */
export async function renderOgCard(
  card: OgCard,
  size: CardSize = { width: OG_WIDTH, height: OG_HEIGHT },
): Promise<Buffer> {
  configureBundledFonts()
  const { width, height } = size
  const textWidth = width - 2 * MARGIN
  const background = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<rect width="100%" height="100%" fill="#fffdf8"/>` +
      `<rect width="100%" height="12" fill="${accent}"/>` +
      `<rect x="${MARGIN}" y="${height - 118}" width="${textWidth}" height="2" fill="${ink}"/>` +
      `</svg>`,
  )
  const layers: sharp.OverlayOptions[] = []
  const brand = await renderLine('SUMMIT WIRE', { size: 30, bold: true, color: accent }, textWidth)
  layers.push({ input: brand, top: 56, left: MARGIN })
  if (card.kicker) {
    const brandWidth = (await sharp(brand).metadata()).width ?? 0
    layers.push({
      input: await renderLine(card.kicker.toUpperCase(), { size: 26, color: muted }, textWidth),
      top: 59,
      left: MARGIN + brandWidth + 28,
    })
  }
  // A square card at 64 px would leave most of it empty; the title grows with the height.
  const titleSize = Math.min(TITLE_MAX_SIZE, Math.round((TITLE_SIZE * height) / OG_HEIGHT))
  const titleBox = { width: textWidth, height: height - TITLE_TOP - FOOTER_SPACE }
  layers.push({
    input: await renderTitle(card.title, card.quoted ?? false, titleSize, titleBox),
    top: TITLE_TOP,
    left: MARGIN,
  })
  if (card.footer)
    layers.push({
      input: await renderLine(card.footer, { size: 28, color: muted }, textWidth),
      top: height - 92,
      left: MARGIN,
    })
  return sharp(background).composite(layers).png().toBuffer()
}

/** Pango markup for plain text: escaped, without characters markup cannot carry, on one line. */
export function toPangoText(text: string, maxGraphemes: number): string {
  const clean = stripInvalidXmlChars(text).replace(/\s+/g, ' ').trim()
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(clean)].map(
    (part) => part.segment,
  )
  const cut =
    graphemes.length > maxGraphemes
      ? `${graphemes
          .slice(0, maxGraphemes - 1)
          .join('')
          .trimEnd()}…`
      : clean
  return escapeHtml(cut)
}

export type LineStyle = { size: number; bold?: boolean; color: string }

function renderLine(text: string, style: LineStyle, width: number): Promise<Buffer> {
  return renderText(toPangoText(text, LINE_MAX_GRAPHEMES), style, { width, wrap: 'none' })
}

/** The title at full size when it fits, else shrunk by Pango's autofit to the space left. */
async function renderTitle(title: string, quoted: boolean, size: number, box: CardSize): Promise<Buffer> {
  const text = toPangoText(title, TITLE_MAX_GRAPHEMES)
  const markup = quoted ? `“${text}”` : text
  const style = { size, bold: true, color: ink }
  const full = await renderText(markup, style, { width: box.width, wrap: 'word-char' })
  const { height = 0 } = await sharp(full).metadata()
  if (height <= box.height) return full
  return renderText(markup, style, { width: box.width, height: box.height, wrap: 'word-char' })
}

/** Pango markup drawn with the bundled fonts, transparent around the ink. */
export async function renderText(
  markup: string,
  style: LineStyle,
  box: { width: number; height?: number; wrap: 'word-char' | 'none'; align?: 'left' | 'centre' },
): Promise<Buffer> {
  configureBundledFonts()
  const font = `Noto Sans${style.bold ? ' Bold' : ''} ${style.size}`
  const rendered = sharp({
    text: {
      text: `<span foreground="${style.color}">${markup || ' '}</span>`,
      font,
      width: box.width,
      ...(box.height ? { height: box.height } : { dpi: 72 }),
      wrap: box.wrap,
      align: box.align ?? 'left',
      rgba: true,
    },
  })
  // A single line wider than the card (wrap: none) is cropped rather than overflowing it.
  const png = await rendered.png().toBuffer({ resolveWithObject: true })
  if (png.info.width <= box.width) return png.data
  return sharp(png.data).extract({ left: 0, top: 0, width: box.width, height: png.info.height }).png().toBuffer()
}

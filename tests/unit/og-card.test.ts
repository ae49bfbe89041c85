import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { renderOgCard, renderText, toPangoText } from '@/lib/og/card'
import { configureBundledFonts } from '@/lib/og/fonts'
import { PUBLISHER_LOGO, renderPublisherLogo } from '@/lib/og/publisher-logo'

const fontFile = (pkg: string, file: string) =>
  path.join(process.cwd(), 'node_modules/@expo-google-fonts', pkg, '700Bold', file)

/** The same words drawn with one named font forced: what the fallback must have picked. */
async function forced(text: string, family: string, file: string): Promise<Buffer> {
  const { data } = await sharp({
    text: {
      text: `<span foreground="#1a1a1a">${text}</span>`,
      font: `${family} Bold 64`,
      fontfile: file,
      width: 1056,
      dpi: 72,
      wrap: 'word-char',
      rgba: true,
    },
  })
    .raw()
    .toBuffer({ resolveWithObject: true })
  return data
}

async function drawn(text: string): Promise<Buffer> {
  return sharp(
    await renderText(
      toPangoText(text, 200),
      { size: 64, bold: true, color: '#1a1a1a' },
      { width: 1056, wrap: 'word-char' },
    ),
  )
    .raw()
    .toBuffer()
}

describe('Open Graph cards', () => {
  it('are 1200×630 PNGs', async () => {
    const png = await renderOgCard({
      kicker: 'Trade',
      title: 'Russia and China say trade reached record levels',
      footer: 'BEIJING · 16 May 2024',
    })
    const meta = await sharp(png).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630])
  })

  // Missing glyphs would be drawn as boxes from whatever font answered first; drawing the
  // same words with the expected Noto font forced must give the same pixels.
  it.each([
    ['Cyrillic', 'Товарооборот вырос', 'Noto Sans', fontFile('noto-sans', 'NotoSans_700Bold.ttf')],
    ['Chinese', '中俄贸易创历史新高', 'Noto Sans SC', fontFile('noto-sans-sc', 'NotoSansSC_700Bold.ttf')],
    [
      'Arabic, right to left',
      'التجارة الروسية الصينية',
      'Noto Sans Arabic',
      fontFile('noto-sans-arabic', 'NotoSansArabic_700Bold.ttf'),
    ],
    ['emoji', '🚀🇨🇳', 'Noto Emoji', fontFile('noto-emoji', 'NotoEmoji_700Bold.ttf')],
  ])('draw %s with the bundled font, offline', async (_script, text, family, file) => {
    configureBundledFonts()
    expect(Buffer.compare(await drawn(text), await forced(text, family, file))).toBe(0)
  })

  it('carry markup-like and invalid characters as plain text', async () => {
    expect(toPangoText('<b>A</b> & ]]> \u0001\uFFFE done', 100)).toBe('&lt;b&gt;A&lt;/b&gt; &amp; ]]&gt; done')
    const png = await renderOgCard({
      title: '<span foreground="red">x</span> \u0000 & </script>',
      kicker: '<i>',
      footer: '&amp;',
    })
    expect((await sharp(png).metadata()).width).toBe(1200)
  })

  it('shorten long titles without splitting a character', () => {
    const text = toPangoText('👩‍👩‍👧'.repeat(30), 10)
    expect(text).toBe(`${'👩‍👩‍👧'.repeat(9)}…`)
  })
})

describe('cards for search engines', () => {
  it.each([
    [1200, 675],
    [1200, 900],
    [1200, 1200],
  ])('are drawn at %i×%i', async (width, height) => {
    const png = await renderOgCard(
      { kicker: 'Trade', title: 'Russia and China say trade reached record levels', footer: 'BEIJING · 16 May 2024' },
      { width, height },
    )
    const meta = await sharp(png).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['png', width, height])
  })
})

describe('the publisher logo', () => {
  it('is a PNG of the size structured data states, at least 112×112', async () => {
    const meta = await sharp(await renderPublisherLogo()).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['png', PUBLISHER_LOGO.width, PUBLISHER_LOGO.height])
    expect(Math.min(PUBLISHER_LOGO.width, PUBLISHER_LOGO.height)).toBeGreaterThanOrEqual(112)
  })
})

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { renderHeroCrop } from '@/lib/og/hero-crop'

/** A picture red on the left (half of it, unless `red` says) and blue on the right, so where a crop was cut can be seen. */
function halves(width: number, height: number, red = 0.5): Promise<Buffer> {
  const split = Math.round(width * red)
  return sharp({ create: { width, height, channels: 3, background: '#0000ff' } })
    .composite([{ input: { create: { width: split, height, channels: 3, background: '#ff0000' } }, left: 0, top: 0 }])
    .jpeg()
    .toBuffer()
}

/** The colour at the middle of an image, as [r, g, b]. */
async function centre(image: Buffer): Promise<number[]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true })
  const at = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels
  return [data[at]!, data[at + 1]!, data[at + 2]!]
}

const isRed = ([r, , b]: number[]) => r! > 200 && b! < 60
const isBlue = ([r, , b]: number[]) => b! > 200 && r! < 60

describe('hero crops for search engines', () => {
  it.each([
    ['16x9', 1200, 675],
    ['4x3', 1200, 900],
    ['1x1', 1200, 1200],
  ] as const)('are %s JPEGs of exactly %i×%i from a large original', async (ratio, width, height) => {
    const crop = await renderHeroCrop(await halves(2400, 1800), { x: 50, y: 50 }, ratio)
    const meta = await sharp(crop!).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', width, height])
  })

  it('are cut around the focal point', async () => {
    const original = await halves(3600, 1200)
    expect(isRed(await centre((await renderHeroCrop(original, { x: 10, y: 50 }, '1x1'))!))).toBe(true)
    expect(isBlue(await centre((await renderHeroCrop(original, { x: 90, y: 50 }, '1x1'))!))).toBe(true)
  })

  it('are never enlarged: an original too small for the ratio gives none', async () => {
    expect(await renderHeroCrop(await halves(1600, 900), { x: 50, y: 50 }, '1x1')).toBeNull()
    expect(await renderHeroCrop(await halves(1199, 2000), { x: 50, y: 50 }, '16x9')).toBeNull()
    expect(await renderHeroCrop(await halves(800, 450), { x: 50, y: 50 }, '16x9')).toBeNull()
    expect(await renderHeroCrop(Buffer.from('not an image'), { x: 50, y: 50 }, '16x9').catch(() => 'refused')).toBe(
      'refused',
    )
  })

  it('see a photo stored on its side the way readers do (EXIF orientation)', async () => {
    // Stored landscape with its left third red; orientation 6 shows it turned a quarter
    // clockwise, as a portrait whose top third is red.
    const sideways = await sharp(await halves(2400, 1300, 1 / 3))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer()
    // Shown 1300 px wide: a 16:9 crop at its top is 1300×731, red through the middle.
    const top = await renderHeroCrop(sideways, { x: 50, y: 0 }, '16x9')
    expect(isRed(await centre(top!))).toBe(true)
    // Stored 2400×1000 it would hold a 16:9 crop of 1200 px or wider; shown 1000 px wide, none.
    const narrow = await sharp(await halves(2400, 1000))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer()
    expect(await renderHeroCrop(narrow, { x: 50, y: 50 }, '16x9')).toBeNull()
  })

  it('put a transparent picture on paper, not black', async () => {
    const clear = await sharp({
      create: { width: 1600, height: 900, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer()
    const [r, g, b] = await centre((await renderHeroCrop(clear, { x: 50, y: 50 }, '16x9'))!)
    expect(Math.min(r!, g!, b!)).toBeGreaterThan(240)
  })
})

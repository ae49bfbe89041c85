import { describe, expect, it } from 'vitest'

import { cropBox, heroCovers, largestCrop, parseImageFile } from '@/lib/og/article-images'

describe('search-engine image crops', () => {
  it('are the largest rectangle of the ratio inside the picture', () => {
    expect(largestCrop({ width: 1600, height: 900 }, '16x9')).toEqual({ width: 1600, height: 900 })
    expect(largestCrop({ width: 1600, height: 900 }, '4x3')).toEqual({ width: 1200, height: 900 })
    expect(largestCrop({ width: 1600, height: 900 }, '1x1')).toEqual({ width: 900, height: 900 })
    expect(largestCrop({ width: 1300, height: 4000 }, '4x3')).toEqual({ width: 1300, height: 975 })
  })

  it('come from the hero only when that needs no enlarging', () => {
    expect(heroCovers({ width: 1200, height: 675 }, '16x9')).toBe(true)
    expect(heroCovers({ width: 1200, height: 674 }, '16x9')).toBe(false)
    expect(heroCovers({ width: 1600, height: 900 }, '4x3')).toBe(true)
    expect(heroCovers({ width: 1600, height: 900 }, '1x1')).toBe(false)
    expect(heroCovers({ width: 800, height: 3000 }, '1x1')).toBe(false)
  })

  it('centre on the focal point, and stay inside the picture near an edge', () => {
    const source = { width: 3000, height: 1500 }
    expect(cropBox(source, { x: 50, y: 50 }, '1x1')).toEqual({ left: 750, top: 0, width: 1500, height: 1500 })
    expect(cropBox(source, { x: 30, y: 50 }, '1x1')).toEqual({ left: 150, top: 0, width: 1500, height: 1500 })
    expect(cropBox(source, { x: 0, y: 0 }, '1x1')).toEqual({ left: 0, top: 0, width: 1500, height: 1500 })
    expect(cropBox(source, { x: 100, y: 100 }, '1x1')).toEqual({ left: 1500, top: 0, width: 1500, height: 1500 })
    expect(cropBox({ width: 1200, height: 2000 }, { x: 50, y: 90 }, '16x9')).toEqual({
      left: 0,
      top: 1325,
      width: 1200,
      height: 675,
    })
  })

  it('are named by a ratio and the extension of their kind only', () => {
    expect(parseImageFile('16x9.jpg', 'hero')).toBe('16x9')
    expect(parseImageFile('1x1.png', 'card')).toBe('1x1')
    for (const [file, kind] of [
      ['16x9.png', 'hero'],
      ['4x3.jpg', 'card'],
      ['2x1.png', 'card'],
      ['constructor.png', 'card'],
      ['16x9.png.png', 'card'],
      ['16x9', 'card'],
    ] as const) {
      expect(parseImageFile(file, kind), file).toBeNull()
    }
  })
})

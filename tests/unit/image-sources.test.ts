import { describe, expect, it } from 'vitest'

import { imageSources } from '../../lib/content/queries/media'

describe('srcset candidates', () => {
  it('lists every stored size once, smallest first, skipping sizes that were not made', () => {
    expect(
      imageSources({
        url: '/api/media/file/a.png',
        width: 1600,
        sizes: {
          hero: { url: '/api/media/file/a-1600.png', width: 1600 },
          card: { url: '/api/media/file/a-800.png', width: 800 },
          thumbnail: { url: '/api/media/file/a-400.png', width: 400 },
        },
      }),
    ).toEqual([
      { url: '/api/media/file/a-400.png', width: 400 },
      { url: '/api/media/file/a-800.png', width: 800 },
      { url: '/api/media/file/a-1600.png', width: 1600 },
    ])
    expect(imageSources({ url: '/x.png', width: 300, sizes: { hero: { url: null, width: null } } })).toEqual([
      { url: '/x.png', width: 300 },
    ])
  })
})

import { describe, expect, it } from 'vitest'

import type { ArticleWithReferences, ImageView } from '../../lib/content/views'
import { newsArticleJsonLd, serializeJsonLd } from '../../lib/seo/json-ld'

const SITE = 'https://news.example'

describe('JSON-LD serialisation', () => {
  it('cannot be closed early by a headline containing </script>', () => {
    const data = { headline: 'Trade </script><script>alert(1)</script> talks', note: '\u2028' }
    const html = serializeJsonLd(data)
    expect(html).not.toContain('</script>')
    expect(html).not.toContain('<')
    expect(JSON.parse(html)).toEqual(data)
  })
})

function hero(width: number, height: number): ImageView {
  return {
    id: 7,
    src: '/api/media/file/hero.jpg',
    width,
    height,
    alt: 'Delegations at the table',
    caption: null,
    credit: null,
    sources: [{ url: '/api/media/file/hero.jpg', width }],
    filename: 'hero.jpg',
    focalX: 50,
    focalY: 50,
    updatedAt: '2024-05-16T16:00:00.000Z',
  }
}

function article(heroImage: ImageView | null): ArticleWithReferences {
  return {
    id: 1,
    title: 'Xi and Putin hail record trade',
    slug: 'record-trade',
    standfirst: 'Beijing talks',
    publishedAt: '2024-05-16T15:00:00.000Z',
    updatedAt: '2024-05-16T15:30:00.000Z',
    modifiedAt: null,
    dateline: 'BEIJING',
    externalCoverage: [],
    corrections: [],
    seo: {},
    authors: [],
    topics: [],
    people: [],
    statements: [],
    relatedArticles: [],
    event: null,
    heroImage: heroImage?.id ?? null,
    references: { authors: [], topics: [], people: [], events: [] },
    hero: heroImage,
    embeds: { statements: [], images: heroImage ? [heroImage] : [], indicators: [] },
  }
}

type ImageObject = { '@type': string; url: string; width: number; height: number }

function imagesOf(story: ArticleWithReferences): ImageObject[] {
  return newsArticleJsonLd(story, SITE).image as ImageObject[]
}

/** What search engines require of a news article's images: 16:9, 4:3 and 1:1, each at least 1200 px wide, absolute URLs. */
function expectThreeRatios(images: ImageObject[]) {
  expect(images).toHaveLength(3)
  expect(images.map(({ width, height }) => [width / height, width >= 1200])).toEqual([
    [16 / 9, true],
    [4 / 3, true],
    [1, true],
  ])
  for (const image of images) {
    expect(image['@type']).toBe('ImageObject')
    expect(image.url.startsWith(`${SITE}/articles/record-trade/`)).toBe(true)
  }
}

describe('NewsArticle images', () => {
  it('cut all three from a hero whose original holds each ratio at 1200 px', () => {
    const images = imagesOf(article(hero(2400, 1800)))
    expectThreeRatios(images)
    expect(images.map((image) => new URL(image.url).pathname)).toEqual([
      '/articles/record-trade/hero/16x9.jpg',
      '/articles/record-trade/hero/4x3.jpg',
      '/articles/record-trade/hero/1x1.jpg',
    ])
  })

  it('take a ratio from the card where the hero would have to be enlarged for it', () => {
    // 1600×900 holds 1600×900 at 16:9 and 1200×900 at 4:3, but only 900×900 square.
    const images = imagesOf(article(hero(1600, 900)))
    expectThreeRatios(images)
    expect(images.map((image) => new URL(image.url).pathname)).toEqual([
      '/articles/record-trade/hero/16x9.jpg',
      '/articles/record-trade/hero/4x3.jpg',
      '/articles/record-trade/card/1x1.png',
    ])
  })

  it.each([
    ['a small hero', hero(800, 450)],
    ['a hero just short of 1200 px', hero(1199, 1199)],
    ['no hero', null],
  ])('are all three cards with %s', (_case, image) => {
    const images = imagesOf(article(image))
    expectThreeRatios(images)
    expect(images.map((entry) => new URL(entry.url).pathname)).toEqual([
      '/articles/record-trade/card/16x9.png',
      '/articles/record-trade/card/4x3.png',
      '/articles/record-trade/card/1x1.png',
    ])
  })

  it('change address when the hero changes, so crawlers fetch the new crop', () => {
    const before = imagesOf(article(hero(2400, 1800)))
    const after = imagesOf(article({ ...hero(2400, 1800), focalX: 20, updatedAt: '2024-06-01T00:00:00.000Z' }))
    for (const [index, image] of after.entries()) expect(image.url).not.toBe(before[index]!.url)
  })
})

describe('NewsArticle publisher', () => {
  it('names a logo image of at least 112×112 at an absolute URL', () => {
    const publisher = newsArticleJsonLd(article(null), SITE).publisher as { name: string; logo: ImageObject }
    expect(publisher.name).toBe('Summit Wire')
    expect(publisher.logo).toEqual({ '@type': 'ImageObject', url: `${SITE}/logo.png`, width: 600, height: 600 })
  })
})

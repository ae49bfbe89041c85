import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import sharp from 'sharp'

import { adminLogin, staffApi, unique } from './support/newsroom'

/*
 * What search engines require of a news article's structured data (Google's Article rules):
 * images at 16:9, 4:3 and 1:1, each at least 1200 px wide, and a publisher logo; and robots
 * meta that lets them show the large image. Each image named is fetched from the production
 * server and measured.
 */

type ImageObject = { '@type': string; url: string; width: number; height: number }
type NewsArticle = { '@type': string; image: ImageObject[]; publisher: { logo: ImageObject } }

const RATIOS = [16 / 9, 4 / 3, 1]
/** The card's top bar, in the house red: what tells a drawn card from a cut photograph. */
const ACCENT = [0x8a, 0x1c, 0x1c]

async function newsArticle(page: Page, path: string): Promise<NewsArticle> {
  expect((await page.goto(path))?.status()).toBe(200)
  const structured = await page.locator('script[type="application/ld+json"]').first().textContent()
  const [article] = JSON.parse(structured ?? '[]') as NewsArticle[]
  expect(article!['@type']).toBe('NewsArticle')
  return article!
}

/** Fetches an absolute image URL from this server and checks it is what the JSON-LD says. */
async function fetchImage(request: APIRequestContext, image: ImageObject) {
  expect(image['@type']).toBe('ImageObject')
  const url = new URL(image.url)
  expect(url.origin, 'absolute, on SITE_URL').toBe(new URL(test.info().project.use.baseURL!).origin)
  const response = await request.get(url.pathname + url.search)
  expect(response.status(), image.url).toBe(200)
  const body = await response.body()
  const meta = await sharp(body).metadata()
  expect(response.headers()['content-type']).toBe(`image/${meta.format}`)
  expect([meta.width, meta.height], image.url).toEqual([image.width, image.height])
  return { body, format: meta.format, width: meta.width!, height: meta.height! }
}

/** Whether the top rows of an image are the card's red bar. */
async function isCard(body: Buffer): Promise<boolean> {
  const { data, info } = await sharp(body)
    .extract({ left: 0, top: 2, width: 200, height: 6 })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const [r = 0, g = 0, b = 0] = [0, 1, 2].map((channel) => {
    let sum = 0
    for (let at = channel; at < data.length; at += info.channels) sum += data[at]!
    return sum / (data.length / info.channels)
  })
  return Math.abs(r - ACCENT[0]!) < 12 && Math.abs(g - ACCENT[1]!) < 12 && Math.abs(b - ACCENT[2]!) < 12
}

/** The three images answer with the sizes stated, at the three ratios, 1200 px wide or more. */
async function expectThreeImages(request: APIRequestContext, article: NewsArticle) {
  expect(article.image).toHaveLength(3)
  const fetched = []
  for (const [index, image] of article.image.entries()) {
    const answer = await fetchImage(request, image)
    expect(answer.width).toBeGreaterThanOrEqual(1200)
    expect(answer.width / answer.height).toBeCloseTo(RATIOS[index]!, 10)
    fetched.push(answer)
  }
  return fetched
}

async function upload(api: APIRequestContext, name: string, image: Buffer): Promise<{ id: number }> {
  const response = await api.post('/api/media', {
    multipart: {
      file: { name, mimeType: 'image/jpeg', buffer: image },
      _payload: JSON.stringify({ alt: `Test picture ${name}` }),
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc
}

/** A photograph stand-in: blue, with a green band on the left, so where a crop was cut shows. */
function picture(width: number, height: number, green = 0.25): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#2050c0' } })
    .composite([
      {
        input: { create: { width: Math.round(width * green), height, channels: 3, background: '#20a040' } },
        left: 0,
        top: 0,
      },
    ])
    .jpeg()
    .toBuffer()
}

async function centreIsGreen(body: Buffer): Promise<boolean> {
  const { data, info } = await sharp(body).raw().toBuffer({ resolveWithObject: true })
  const at = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels
  return data[at + 1]! > 120 && data[at + 2]! < 100
}

async function publish(api: APIRequestContext, data: Record<string, unknown>): Promise<{ id: number; slug: string }> {
  const response = await api.post('/api/articles', {
    data: { publishedAt: '2024-07-03T10:00:00.000Z', _status: 'published', ...data },
  })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: { id: number; slug: string } }).doc
}

test('the seed story: the hero cut where it is large enough, the card for the square, a logo and large previews', async ({
  page,
  request,
}) => {
  // Its hero is 1600×900: that holds 16:9 and 4:3 at 1200 px, but a square of only 900.
  const article = await newsArticle(page, '/articles/record-trade-200bn')
  expect(article.image.map((image) => new URL(image.url).pathname)).toEqual([
    '/articles/record-trade-200bn/hero/16x9.jpg',
    '/articles/record-trade-200bn/hero/4x3.jpg',
    '/articles/record-trade-200bn/card/1x1.png',
  ])
  const [wide, standard, square] = await expectThreeImages(request, article)
  expect([wide!.format, standard!.format, square!.format]).toEqual(['jpeg', 'jpeg', 'png'])
  expect([await isCard(wide!.body), await isCard(standard!.body), await isCard(square!.body)]).toEqual([
    false,
    false,
    true,
  ])

  // Asked for a square cut anyway, the hero address draws the card rather than enlarge 900 px.
  const enlarged = await fetchImage(request, {
    '@type': 'ImageObject',
    url: new URL('/articles/record-trade-200bn/hero/1x1.jpg', page.url()).toString(),
    width: 1200,
    height: 1200,
  })
  expect(await isCard(enlarged.body)).toBe(true)

  // Kept like the Open Graph card: the second request is served from Next's cache.
  const path = new URL(article.image[0]!.url).pathname
  await request.get(path)
  expect((await request.get(path)).headers()['x-nextjs-cache']).toBe('HIT')

  const logo = await fetchImage(request, article.publisher.logo)
  expect(logo.format).toBe('png')
  expect(Math.min(logo.width, logo.height)).toBeGreaterThanOrEqual(112)

  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /(^|, )max-image-preview:large(,|$)/)
  for (const other of ['/', '/topics/trade', '/events']) {
    await page.goto(other)
    await expect(page.locator('meta[name="robots"]'), other).toHaveAttribute('content', /max-image-preview:large/)
  }
  // A missing page stays out of the index.
  expect((await page.goto('/articles/no-such-story'))?.status()).toBe(404)
  expect(
    await page.locator('meta[name="robots"]').evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content'))),
  ).toContain('noindex')
})

test('a story with a small hero or none gets the three cards, never an enlarged photo', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const admin = await staffApi(playwright, baseURL, adminLogin())
  const small = await upload(admin, `${unique('small')}.jpg`, await picture(800, 450))
  const withSmallHero = await publish(admin, { title: unique('Story with a small hero'), heroImage: small.id })
  const withoutHero = await publish(admin, { title: unique('Story without a hero') })

  for (const story of [withSmallHero, withoutHero]) {
    const article = await newsArticle(page, `/articles/${story.slug}`)
    expect(article.image.map((image) => new URL(image.url).pathname)).toEqual(
      ['16x9', '4x3', '1x1'].map((ratio) => `/articles/${story.slug}/card/${ratio}.png`),
    )
    for (const answer of await expectThreeImages(request, article)) {
      expect(answer.format).toBe('png')
      expect(await isCard(answer.body)).toBe(true)
    }
  }
  // The hero's address, asked for directly, answers the card at the promised size too.
  const direct = await fetchImage(request, {
    '@type': 'ImageObject',
    url: new URL(`/articles/${withSmallHero.slug}/hero/16x9.jpg`, page.url()).toString(),
    width: 1200,
    height: 675,
  })
  expect(await isCard(direct.body)).toBe(true)
  for (const path of [
    `/articles/${withSmallHero.slug}/card/2x1.png`,
    `/articles/${withSmallHero.slug}/card/16x9.jpg`,
    '/articles/no-such-story/card/16x9.png',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
})

test('the crops follow the editor: a new focal point or a smaller hero changes them', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const admin = await staffApi(playwright, baseURL, adminLogin())
  // 3600×1200, green up to x = 1440: the centred square (x 1200–2400) is blue through its middle.
  const large = await upload(admin, `${unique('large')}.jpg`, await picture(3600, 1200, 0.4))
  const story = await publish(admin, { title: unique('Story with a large hero'), heroImage: large.id })
  const pagePath = `/articles/${story.slug}`

  const before = await newsArticle(page, pagePath)
  expect(before.image.map((image) => new URL(image.url).pathname)).toEqual(
    ['16x9', '4x3', '1x1'].map((ratio) => `${pagePath}/hero/${ratio}.jpg`),
  )
  const [, , centred] = await expectThreeImages(request, before)
  expect(await centreIsGreen(centred!.body)).toBe(false)
  const square = new URL(before.image[2]!.url).pathname
  expect((await request.get(square)).headers()['x-nextjs-cache']).toBe('HIT')

  // A focal point near the left edge moves the square to x 0–1200, green through its middle.
  const refocused = await admin.patch(`/api/media/${large.id}`, { data: { focalX: 5, focalY: 50 } })
  expect(refocused.status(), await refocused.text()).toBe(200)
  const after = await newsArticle(page, pagePath)
  expect(after.image[2]!.url, 'a new address, so crawlers fetch it again').not.toBe(before.image[2]!.url)
  const [, , moved] = await expectThreeImages(request, after)
  expect(await centreIsGreen(moved!.body)).toBe(true)

  // A hero too small for any ratio: the JSON-LD names the cards, and the old addresses draw them.
  const small = await upload(admin, `${unique('small')}.jpg`, await picture(1000, 1000))
  const swapped = await admin.patch(`/api/articles/${story.id}`, { data: { heroImage: small.id } })
  expect(swapped.status(), await swapped.text()).toBe(200)
  const replaced = await newsArticle(page, pagePath)
  expect(replaced.image.map((image) => new URL(image.url).pathname)).toEqual(
    ['16x9', '4x3', '1x1'].map((ratio) => `${pagePath}/card/${ratio}.png`),
  )
  const stale = await fetchImage(request, { ...before.image[0]!, url: before.image[0]!.url })
  expect(await isCard(stale.body)).toBe(true)
})

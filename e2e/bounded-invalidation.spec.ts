import { expect, test, type APIRequestContext } from '@playwright/test'

import { adminLogin, staffApi, unique } from './support/newsroom'

/**
 * The invalidation rule (docs/ARCHITECTURE.md, "What a change expires") against the real
 * server: a publish is on its own page, the home page, its lists' first pages and the feeds at
 * once; the related coverage of stories sharing a topic with it is served from the cache and
 * re-rendered behind the reader; a page nobody asked for within the staleness bound
 * (CACHE_STALE_SECONDS, 5 s here) is never served from before the publish; stories sharing
 * nothing stay cached.
 */
const STALE_SECONDS = Number(process.env.E2E_STALE_SECONDS)

async function create(api: APIRequestContext, collection: string, data: Record<string, unknown>) {
  const response = await api.post(`/api/${collection}`, { data })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: { id: number; slug: string } }).doc
}

const cacheState = async (request: APIRequestContext, path: string) => {
  const response = await request.get(path)
  return { state: response.headers()['x-nextjs-cache'], html: await response.text() }
}

async function warm(request: APIRequestContext, path: string) {
  await request.get(path)
  expect((await cacheState(request, path)).state, path).toBe('HIT')
}

test('a publish is exact where it is news and bounded where it only re-ranks', async ({
  request,
  playwright,
  baseURL,
}) => {
  expect(STALE_SECONDS, 'global setup sets the bound').toBeGreaterThan(0)
  const admin = await staffApi(playwright, baseURL, adminLogin())
  const shared = await create(admin, 'topics', { name: unique('Shared topic') })
  const apart = await create(admin, 'topics', { name: unique('Apart topic') })
  const story = (title: string, topic: number, publishedAt: string) =>
    create(admin, 'articles', { title: unique(title), topics: [topic], publishedAt, _status: 'published' })

  // Two stories on the shared topic; six on another, so their related boxes are full without
  // the latest stories and share nothing with the publish.
  const sharing = await story('Sharing one', shared.id, '2024-01-02T00:00:00.000Z')
  const unvisited = await story('Sharing two', shared.id, '2024-01-01T00:00:00.000Z')
  const apartStories = []
  for (let i = 0; i < 6; i++) apartStories.push(await story(`Apart ${i}`, apart.id, `2024-02-0${i + 1}T00:00:00.000Z`))
  const untouched = `/articles/${apartStories[0]!.slug}`

  const pages = {
    sharing: `/articles/${sharing.slug}`,
    unvisited: `/articles/${unvisited.slug}`,
    topic: `/topics/${shared.slug}`,
  }
  for (const path of [...Object.values(pages), untouched, '/', '/feed.xml']) await warm(request, path)

  const title = unique('Breaking on the shared topic')
  const published = await create(admin, 'articles', {
    title,
    topics: [shared.id],
    publishedAt: new Date().toISOString(),
    _status: 'published',
  })
  const publishedAt = Date.now()

  // Exact: at once, on the first request.
  expect((await request.get(`/articles/${published.slug}`)).status()).toBe(200)
  for (const path of ['/', pages.topic, '/feed.xml'])
    expect((await cacheState(request, path)).html, path).toContain(title)

  // Untouched: shares nothing, still the cached page.
  expect((await cacheState(request, untouched)).state, untouched).toBe('HIT')

  // Bounded: the sharing story is answered from the cache, then re-rendered behind the reader.
  const first = await cacheState(request, pages.sharing)
  expect(first.state).toBe('STALE')
  expect(first.html).not.toContain(title)
  await expect.poll(async () => (await cacheState(request, pages.sharing)).html, { timeout: 10_000 }).toContain(title)
  expect((await cacheState(request, pages.sharing)).state).toBe('HIT')

  // The bound: a page nobody asked for until it passed is rendered anew, never served stale.
  const waitMs = publishedAt + STALE_SECONDS * 1000 + 500 - Date.now()
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs))
  const late = await cacheState(request, pages.unvisited)
  expect(late.state).toBe('MISS')
  expect(late.html).toContain(title)
})

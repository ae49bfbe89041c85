import { expect, test, type APIRequestContext } from '@playwright/test'
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith'

import { READER_CACHE_CONTROL } from '../lib/http/edge-cache-headers.mjs'
import { adminLogin, createArticle, expectCached, staffApi, unique } from './support/newsroom'

const FEEDS = [
  { path: '/feed.xml', type: 'application/rss+xml; charset=utf-8' },
  { path: '/feed.atom', type: 'application/atom+xml; charset=utf-8' },
  { path: '/feed.json', type: 'application/feed+json; charset=utf-8' },
] as const

async function rssTitles(request: APIRequestContext, path: string): Promise<string[]> {
  const response = await request.get(path)
  expect(response.status()).toBe(200)
  return (parseRssFeed(await response.text()).items ?? []).map((item) => item.title ?? '')
}

test('site feeds answer with their content types, validators and a Cache-Control no unpurged cache keeps past 5 s', async ({
  request,
}) => {
  for (const { path, type } of FEEDS) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const headers = response.headers()
    expect(headers['content-type'], path).toBe(type)
    // Weak when gzipped (Playwright asks for gzip): the encodings are equivalent, not byte-identical.
    expect(headers.etag, path).toMatch(/^(?:W\/)?"[\w-]+"$/)
    expect(Number.isNaN(Date.parse(headers['last-modified'] ?? '')), path).toBe(false)
    expect(headers['cache-control'], path).toBe(READER_CACHE_CONTROL)
    await expectCached(request, path)
  }
  const rss = parseRssFeed(await (await request.get('/feed.xml')).text())
  expect(rss.items?.some((item) => item.link?.endsWith('/articles/record-trade-200bn'))).toBe(true)
  // Other tests publish bodiless stories; the seed's lead story has a full body.
  const lead = '/articles/record-trade-200bn'
  const atom = parseAtomFeed(await (await request.get('/feed.atom')).text())
  expect(
    atom.entries?.find((entry) => entry.links?.some((link) => link.href?.endsWith(lead)))?.content?.value,
  ).toContain('<table')
  const json = parseJsonFeed(await (await request.get('/feed.json')).json())
  expect(json.items?.find((item) => item.url?.endsWith(lead))?.content_html).toContain('<table')
})

test('every section has its three feeds; an unknown section has none', async ({ request }) => {
  for (const section of ['/topics/trade', '/people/xi-jinping', '/events/putin-state-visit-china-2024']) {
    for (const file of ['feed.xml', 'feed.atom', 'feed.json']) {
      expect((await request.get(`${section}/${file}`)).status(), `${section}/${file}`).toBe(200)
    }
  }
  const topic = parseRssFeed(await (await request.get('/topics/trade/feed.xml')).text())
  expect(topic.link).toMatch(/\/topics\/trade$/)
  expect(topic.items?.every((item) => item.categories?.some((category) => category.name === 'Trade'))).toBe(true)
  for (const path of [
    '/topics/no-such-topic/feed.xml',
    '/people/nobody/feed.json',
    '/authors/no%20one/feed.atom',
    '/topics/trade/feed.rss',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
})

test('a conditional request gets 304, and a publish changes the ETag', async ({ request, playwright, baseURL }) => {
  const first = await request.get('/feed.xml')
  const etag = first.headers().etag!
  const lastModified = first.headers()['last-modified']!
  const byTag = await request.get('/feed.xml', { headers: { 'If-None-Match': etag } })
  expect(byTag.status()).toBe(304)
  expect(byTag.headers().etag).toBe(etag)
  expect((await byTag.body()).length).toBe(0)
  expect((await request.get('/feed.xml', { headers: { 'If-Modified-Since': lastModified } })).status()).toBe(304)
  expect((await request.get('/feed.xml', { headers: { 'If-None-Match': '"something-else"' } })).status()).toBe(200)

  const staff = await staffApi(playwright, baseURL, adminLogin())
  const title = `Feed check ${unique('story')}`
  await createArticle(staff, {
    title,
    standfirst: 'A story for the feed.',
    publishedAt: new Date().toISOString(),
    _status: 'published',
  })

  const after = await request.get('/feed.xml', { headers: { 'If-None-Match': etag } })
  expect(after.status()).toBe(200)
  expect(after.headers().etag).not.toBe(etag)
  expect(parseRssFeed(await after.text()).items?.[0]?.title).toBe(title)
  expect(await rssTitles(request, '/feed.xml')).toContain(title)
})

test('a draft never reaches a feed', async ({ request, playwright, baseURL }) => {
  const staff = await staffApi(playwright, baseURL, adminLogin())
  const draft = await createArticle(staff, {
    title: `Embargoed ${unique('feed draft')}`,
    publishedAt: new Date().toISOString(),
    _status: 'draft',
  })
  for (const { path } of FEEDS) expect(await (await request.get(path)).text(), path).not.toContain(draft.title)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('pages announce the site feeds, section pages their own too, and show a subscribe link', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      /\/feed\.xml$/,
    )
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      /\/feed\.atom$/,
    )
    await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute(
      'href',
      /\/feed\.json$/,
    )

    await page.goto('/topics/trade')
    const rssLinks = page.locator('link[rel="alternate"][type="application/rss+xml"]')
    await expect(rssLinks).toHaveCount(2)
    await expect(rssLinks.first()).toHaveAttribute('href', /\/topics\/trade\/feed\.xml$/)
    await expect(page.locator('.section-header .feed-links').getByRole('link', { name: 'RSS' })).toHaveAttribute(
      'href',
      '/topics/trade/feed.xml',
    )

    await page.goto('/articles/record-trade-200bn')
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      /\/feed\.xml$/,
    )
    await expect(page.locator('.site-footer').getByRole('link', { name: 'RSS' })).toHaveAttribute('href', '/feed.xml')
  })
})

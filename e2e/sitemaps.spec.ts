import { expect, test } from '@playwright/test'

test('sitemap index, per-kind sitemaps and the news sitemap answer as XML from the cache', async ({ request }) => {
  const index = await request.get('/sitemap.xml')
  expect(index.status()).toBe(200)
  expect(index.headers()['content-type']).toBe('application/xml; charset=utf-8')
  const body = await index.text()
  expect(body).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
  const pages = [...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
  expect(pages).toContain('/sitemaps/articles-1.xml')
  for (const page of pages) {
    const response = await request.get(page)
    expect(response.status(), page).toBe(200)
    expect(await response.text(), page).toContain('<urlset')
  }
  const again = await request.get('/sitemap.xml')
  expect(again.headers()['x-nextjs-cache']).toBe('HIT')

  const news = await request.get('/news-sitemap.xml')
  expect(news.status()).toBe(200)
  expect(await news.text()).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"')
  for (const path of ['/sitemaps/articles-99.xml', '/sitemaps/secrets-1.xml', '/sitemaps/index']) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
})

test('robots.txt names the sitemaps and keeps crawlers out of the admin and the API', async ({ request, baseURL }) => {
  const response = await request.get('/robots.txt')
  expect(response.status()).toBe(200)
  const robots = await response.text()
  expect(robots).toMatch(/^Disallow: \/admin$/m)
  expect(robots).toMatch(/^Disallow: \/api$/m)
  expect(robots).toMatch(/^Allow: \/api\/media\/file\/$/m)
  expect(robots).toContain(`Sitemap: ${new URL('/sitemap.xml', baseURL).toString()}`)
  expect(robots).toContain(`Sitemap: ${new URL('/news-sitemap.xml', baseURL).toString()}`)
})

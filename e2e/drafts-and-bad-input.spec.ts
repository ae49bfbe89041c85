import { expect, test } from '@playwright/test'

import { adminLogin, createArticle, staffApi, unique } from './support/newsroom'

test('a visitor gets 404 at a draft’s URL, and the draft is on no list', async ({ request, page, playwright, baseURL }) => {
  const staff = await staffApi(playwright, baseURL, adminLogin())
  const draft = await createArticle(staff, { title: `Embargoed ${unique('draft')}`, _status: 'draft' })

  const response = await page.goto(`/articles/${draft.slug}`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  expect(await (await request.get('/')).text()).not.toContain(draft.title)
  expect((await request.get(`/articles/${draft.slug}/og.png`)).status()).toBe(404)

  // Nor can an anonymous API client read it.
  const anonymous = await request.get(`/api/articles?where[slug][equals]=${draft.slug}`)
  expect(((await anonymous.json()) as { totalDocs: number }).totalDocs).toBe(0)
})

test('unknown pages and slugs answer 404 pages, not errors', async ({ request }) => {
  for (const path of ['/articles/no-such-story', '/articles/NOT%20A%20SLUG', '/no/such/page', '/page/0', '/page/9999']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
    expect(await response.text(), path).toContain('Page not found')
  }
})

test('a ?page= query moves to the page it means, and a bad one to the first page', async ({ request }) => {
  const cases = [
    ['/?page=2', '/page/2'],
    ['/?page=abc', '/'],
    ['/topics/trade?page=-1', '/topics/trade'],
    ['/topics/trade?page=99999999999', '/topics/trade'],
    ['/events?page=2', '/events/page/2'],
    ['/search?q=trade&page=abc', '/search?q=trade'],
  ]
  for (const [from, to] of cases) {
    const response = await request.get(from!, { maxRedirects: 0 })
    expect(response.status(), from).toBe(308)
    const location = new URL(response.headers().location ?? '', 'http://site.invalid')
    expect(location.pathname + location.search, from).toBe(to)
  }
  // A valid number past the last page lands on the archive's real 404.
  expect((await request.get('/topics/trade?page=9999')).status()).toBe(404)
})

test('bad REST input gets a 4xx with a clear message', async ({ playwright, baseURL }) => {
  const staff = await staffApi(playwright, baseURL, adminLogin())
  const json = { 'content-type': 'application/json' }

  for (const body of ['{"title": ', '"just a string"', '[1, 2]', 'null', '42']) {
    const response = await staff.fetch('/api/articles', { method: 'POST', headers: json, data: Buffer.from(body) })
    expect(response.status(), body).toBe(400)
    expect(await response.text(), body).toMatch(/JSON/)
  }

  const badSlug = await staff.post('/api/articles', { data: { title: 'Fine title', slug: 'Not A Slug!' } })
  expect(badSlug.status()).toBe(400)
  expect(await badSlug.text()).toContain('lowercase letters')

  const missingTitle = await staff.post('/api/articles', { data: { standfirst: 'No headline' } })
  expect(missingTitle.status()).toBe(400)

  const unknownId = await staff.get('/api/articles/999999')
  expect(unknownId.status()).toBe(404)
})

test('health answers 200 with the database up and migrated', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(await response.json()).toEqual({ status: 'ok' })
})

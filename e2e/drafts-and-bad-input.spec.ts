import { expect, test } from '@playwright/test'

import { adminLogin, createAccount, createArticle, staffApi, unique } from './support/newsroom'

test('a visitor gets 404 at a draft’s URL, and the draft is on no list', async ({
  request,
  page,
  playwright,
  baseURL,
}) => {
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

/** The document as a browser without JavaScript renders it: script elements removed. */
const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')

test('unknown pages and slugs answer 404 pages a reader without JavaScript can read', async ({ request }) => {
  const missing = [
    ['/articles/no-such-story', 'Page not found'],
    ['/articles/NOT%20A%20SLUG', 'Page not found'],
    ['/no/such/page', 'Page not found'],
    ['/topics/no-such-topic', 'Page not found'],
    ['/people/no-such-person', 'Page not found'],
    ['/authors/no-such-author', 'Page not found'],
    ['/events/no-such-summit', 'Page not found'],
    ['/statements/999999999', 'Page not found'],
    ['/statements/not-a-number', 'Page not found'],
    // Pages of an archive that exists, past its end: the archive's own title is kept.
    ['/page/0', null],
    ['/page/9999', null],
    ['/topics/trade/page/9999', null],
    ['/events/page/9999', null],
  ] as const
  for (const [path, title] of missing) {
    // Twice: the render that fills the cache, then the cached 404 every later reader gets.
    for (const attempt of ['rendered', 'cached']) {
      const response = await request.get(path)
      expect(response.status(), `${path} ${attempt}`).toBe(404)
      const html = withoutScripts(await response.text())
      expect(html, `${path} ${attempt}`).toContain('<h1>Page not found</h1>')
      expect(html, `${path} ${attempt}`).toContain('class="site-header"')
      expect(html, `${path} ${attempt}`).toContain('<meta name="robots" content="noindex"/>')
      if (title) expect(html, `${path} ${attempt}`).toContain(`<title>${title} — Summit Wire</title>`)
    }
  }
})

test('an editor in preview mode also gets a 404 page for a story that does not exist', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const admin = await staffApi(playwright, baseURL, adminLogin())
  const editorLogin = await createAccount(admin, 'editor')
  const draft = await createArticle(admin, { title: `Preview anchor ${unique('draft')}`, _status: 'draft' })
  const context = await browser.newContext()
  expect((await context.request.post('/api/users/login', { data: editorLogin })).status()).toBe(200)
  const page = await context.newPage()
  await page.goto(`/api/preview?collection=articles&id=${draft.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(draft.title)
  // Draft mode is on: pages render uncached, a path Next sets the status on differently.
  const response = await page.goto(`/articles/${unique('missing')}`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await context.close()
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

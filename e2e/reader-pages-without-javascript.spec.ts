import { expect, test } from '@playwright/test'

import { adminLogin, createAccount, staffApi, unique } from './support/newsroom'

/*
 * Reader pages are stored in Next's cache without the client runtime
 * (lib/cache/reader-page-cache-handler.mjs): readers get complete pages and no JavaScript.
 * Previews are never cached, so they keep the runtime that live preview needs.
 */

const READER_PAGES = ['/', '/articles/record-trade-200bn', '/topics/trade', '/events', '/search', '/search?q=trade']

/** Script elements a browser would run: any without a `type` that marks them as data. */
const executableScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>/gi)].filter(
    ([, attributes]) => !/\btype="application\/ld\+json"/i.test(attributes ?? ''),
  )

test('a reader page from the cache carries no scripts, only its structured data', async ({ request }) => {
  for (const path of READER_PAGES) {
    // The first request renders the page into the cache; the second is what readers get.
    expect((await request.get(path)).status(), path).toBe(200)
    const cached = await request.get(path)
    expect(cached.status(), path).toBe(200)
    const html = await cached.text()
    expect(executableScripts(html), path).toEqual([])
    expect(html, path).not.toContain('/_next/static/chunks/')
    expect(html, path).toContain('<main id="main">')
  }
  const article = await (await request.get('/articles/record-trade-200bn')).text()
  const structured = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(article)?.[1]
  expect(JSON.parse(structured ?? 'null')).toEqual(
    expect.arrayContaining([expect.objectContaining({ '@type': 'NewsArticle' })]),
  )
})

test('the browser downloads no JavaScript for a cached article, and the article reads in full', async ({
  page,
  request,
}) => {
  await request.get('/articles/record-trade-200bn')
  const scripts: string[] = []
  page.on('request', (sent) => {
    if (sent.resourceType() === 'script') scripts.push(sent.url())
  })
  await page.goto('/articles/record-trade-200bn')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Xi and Putin hail record trade/)
  await expect(page.locator('.body figure.chart svg[role="img"]')).toBeVisible()
  await page.getByRole('link', { name: 'Trade', exact: true }).first().click()
  await expect(page).toHaveURL(/\/topics\/trade$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Trade')
  expect(scripts).toEqual([])
})

test('a story that does not exist reads as a 404 page with JavaScript off and on', async ({ browser }) => {
  const path = `/articles/${unique('gone')}`
  for (const javaScriptEnabled of [false, true, false]) {
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
    await expect(page.getByRole('link', { name: 'Read the latest' })).toHaveAttribute('href', '/')
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
    await expect(page).toHaveTitle('Page not found — Summit Wire')
    await context.close()
  }
})

test('a preview keeps the client runtime: a save in the admin re-renders the previewed draft', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const admin = await staffApi(playwright, baseURL, adminLogin())
  const editorLogin = await createAccount(admin, 'editor')
  const editor = await staffApi(playwright, baseURL, editorLogin)
  const title = `Grain corridor ${unique('preview')}`
  const created = await editor.post('/api/articles?draft=true', {
    data: { title, standfirst: 'A draft under edit.', _status: 'draft' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { id } = ((await created.json()) as { doc: { id: number } }).doc

  const context = await browser.newContext()
  const login = await context.request.post('/api/users/login', { data: editorLogin })
  expect(login.status()).toBe(200)
  const preview = await context.newPage()
  await preview.goto(`/api/preview?collection=articles&id=${id}`)
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)

  const saved = await editor.patch(`/api/articles/${id}?draft=true`, {
    data: { title: `${title} (revised)`, _status: 'draft' },
  })
  expect(saved.status(), await saved.text()).toBe(200)
  // What Payload's live preview posts to the previewed window after each save.
  await preview.evaluate(() => window.postMessage({ type: 'payload-document-event' }, window.location.origin))
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(`${title} (revised)`)
  await context.close()
})

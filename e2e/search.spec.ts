import { expect, test } from '@playwright/test'

import { adminLogin, createArticle, staffApi, updateArticle } from './support/newsroom'

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a reader searches from any page and lands on a ranked result with its words marked', async ({ page }) => {
    await page.goto('/articles/record-trade-200bn')
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Search' }).click()
    await page.getByLabel('Search articles, statements and summits').fill('Power of Siberia')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(/\/search\?q=Power\+of\+Siberia/)
    await expect(page.getByText(/\d+ results? for “Power of Siberia”/)).toBeVisible()
    const first = page.locator('.search-results li').first()
    await expect(first.locator('mark').first()).toBeVisible()
    await first.getByRole('link').click()
    await expect(page).toHaveURL(/\/(articles|events|statements)\//)
  })
})

test('empty, long, hostile and paged queries get a calm page, never an error', async ({ request }) => {
  const queries = [
    '',
    'x'.repeat(5000),
    "'; drop table articles; --",
    '<script>alert(1)</script>',
    '%00',
    'trade&page=abc',
    'a | b & !c',
  ]
  for (const q of queries) {
    const response = await request.get(`/search?q=${encodeURIComponent(q)}`)
    expect(response.status(), q).toBe(200)
    expect(await response.text(), q).not.toContain('<script>alert(1)</script>')
  }
  for (const page of ['abc', '-1', '0', '99999999999', '2.5']) {
    const response = await request.get(`/search?q=trade&page=${page}`)
    expect(response.status(), page).toBe(200)
    expect(response.url(), page).toMatch(/\/search\?q=trade$/)
  }
})

test('a publish or withdrawal shows in search results at once, and no browser or proxy keeps them', async ({
  request,
  playwright,
  baseURL,
}) => {
  // A made-up word only this story will contain.
  const word = `quorvex${Date.now().toString(36).replace(/[0-9]/g, 'z')}`
  const path = `/search?q=${word}`
  await request.get(path)
  const before = await request.get(path)
  expect(await before.text()).toContain('Nothing matches')
  // Answered per request from the cached results, never kept by a browser or a proxy.
  expect(before.headers()['cache-control']).toBe('no-cache')

  const admin = await staffApi(playwright, baseURL, adminLogin())
  const story = await createArticle(admin, {
    title: `The ${word} corridor opens`,
    publishedAt: new Date().toISOString(),
    _status: 'published',
  })
  const after = await (await request.get(path)).text()
  expect(after).toContain('1 result for')
  expect(after).toContain(`/articles/${story.slug}`)
  expect((await request.get(`${path}&page=1`)).status()).toBe(200)

  await updateArticle(admin, story.id, { _status: 'draft' })
  expect(await (await request.get(path)).text()).toContain('Nothing matches')
})

test('queries in other scripts, with slashes, percent signs and hashes, reach the search as typed', async ({
  request,
}) => {
  for (const query of ['Путин Си', 'a/b 100%', '中俄 #trade']) {
    const response = await request.get(`/search?q=${encodeURIComponent(query)}`)
    expect(response.status(), query).toBe(200)
    const input = /<input[^>]* name="q"[^>]*>/.exec(await response.text())?.[0]
    expect(input, query).toContain(` value="${query}"`)
  }
})

import { expect, test, type APIResponse } from '@playwright/test'

import { ADMIN_POLICY, API_POLICY, READER_PAGE_POLICY, SEARCH_RESULTS_POLICY } from '../lib/http/security-headers.mjs'
import { adminLogin, createArticle, staffApi, unique } from './support/newsroom'

const policies = (response: APIResponse) =>
  response
    .headersArray()
    .filter(({ name }) => name.toLowerCase() === 'content-security-policy')
    .map(({ value }) => value)

test('every response carries the hardening headers, and never says what serves it', async ({ request }) => {
  for (const path of [
    '/',
    '/articles/record-trade-200bn',
    '/feed.xml',
    '/sitemap.xml',
    '/api/health',
    '/api/articles?limit=1',
    '/admin/login',
    '/no-such-page',
  ]) {
    const response = await request.get(path)
    const headers = response.headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], path).toContain('camera=()')
    expect(headers['x-powered-by'], path).toBeUndefined()
    // Plain http here: HSTS only when a TLS-terminating proxy says the request came over https.
    expect(headers['strict-transport-security'], path).toBeUndefined()
  }
  // The proxy's word, one hop or several, on a page and on the API alike.
  for (const [path, proto] of [
    ['/', 'https'],
    ['/api/health', 'https'],
    ['/', 'https, http'],
  ]) {
    const overHttps = await request.get(path!, { headers: { 'x-forwarded-proto': proto! } })
    expect(overHttps.headers()['strict-transport-security'], `${path} ${proto}`).toBe(
      'max-age=63072000; includeSubDomains',
    )
  }
})

test('the admin and the API each have a policy of their own', async ({ request }) => {
  expect(policies(await request.get('/admin/login'))).toEqual([ADMIN_POLICY])
  expect(policies(await request.get('/api/articles?limit=1'))).toEqual([API_POLICY])
})

test('a page from the cache adds a policy under which no script runs and only its own styles apply', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  // A page nobody asked for yet: its first render carries Next's runtime and the reader policy only.
  const admin = await staffApi(playwright, baseURL, adminLogin())
  const story = await createArticle(admin, {
    title: unique('Policy story'),
    publishedAt: new Date().toISOString(),
    _status: 'published',
  })
  const path = `/articles/${story.slug}`
  expect(policies(await request.get(path))).toEqual([READER_PAGE_POLICY])
  const cached = policies(await request.get(path))
  expect(cached[0]).toBe(READER_PAGE_POLICY)
  expect(cached[1]).toMatch(/^script-src 'none'; style-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$/)

  await request.get('/articles/record-trade-200bn')
  const blocked: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') blocked.push(message.text())
  })
  await page.goto('/articles/record-trade-200bn')
  // The site's inline stylesheet is the one its hash allows: the page is styled.
  expect(await page.locator('.site-header').evaluate((header) => getComputedStyle(header).borderBottomStyle)).toBe(
    'double',
  )
  // An injected script does not run.
  await page.addScriptTag({ content: 'window.injected = true' }).catch(() => undefined)
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined()
  expect(blocked.join('\n')).toContain('Content Security Policy')
})

test('search answers, which never carry a script, have a policy under which none runs', async ({ request }) => {
  for (const query of [unique('csp'), 'trade', 'Путин']) {
    const response = await request.get(`/search?q=${encodeURIComponent(query)}`)
    expect(policies(response), query).toEqual([SEARCH_RESULTS_POLICY])
    expect(await response.text(), query).not.toContain('<script')
  }
})

test('a missing story still shows its 404 page: Next draws it with inline scripts the reader policy allows', async ({
  page,
}) => {
  const response = await page.goto('/articles/no-such-story')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
})

test('the session cookie is HttpOnly and SameSite, and another site cannot write with it', async ({
  playwright,
  baseURL,
}) => {
  const admin = await playwright.request.newContext({ baseURL })
  const login = await admin.post('/api/users/login', { data: adminLogin() })
  expect(login.status()).toBe(200)
  const cookie =
    login
      .headersArray()
      .find(({ name, value }) => name.toLowerCase() === 'set-cookie' && value.startsWith('payload-token='))?.value ?? ''
  expect(cookie).toMatch(/;\s*HttpOnly/i)
  expect(cookie).toMatch(/;\s*SameSite=Lax/i)
  // Plain http here: a Secure cookie would never come back.
  expect(cookie).not.toMatch(/;\s*Secure/i)

  const data = { name: `Topic ${unique('csrf')}` }
  const forged = await admin.post('/api/topics', { data, headers: { origin: 'https://evil.example' } })
  expect(forged.status()).toBe(403)
  expect(await forged.json()).toEqual({
    errors: [{ message: 'Requests from other sites may not change anything here.' }],
  })
  const own = await admin.post('/api/topics', { data, headers: { origin: new URL(baseURL!).origin } })
  expect(own.status(), await own.text()).toBe(201)
  await admin.dispose()
})

test('the production server refuses too-deep GraphQL and a client that keeps failing to sign in', async ({
  request,
}) => {
  let selection = 'title'
  for (let level = 0; level < 7; level += 1) selection = `relatedArticles { ${selection} }`
  const deep = await request.post('/api/graphql', {
    data: { query: `{ Articles(limit: 1) { docs { ${selection} } } }` },
  })
  expect(deep.status()).toBe(400)
  expect(JSON.stringify(await deep.json())).toContain('levels deep')

  const guesser = { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}` }
  const attempt = () =>
    request.post('/api/users/login', { data: { email: adminLogin().email, password: 'wrong' }, headers: guesser })
  for (let i = 0; i < 10; i += 1) expect((await attempt()).status()).toBe(401)
  expect((await attempt()).status()).toBe(429)
})

import { expect, type APIRequestContext, type PlaywrightWorkerArgs } from '@playwright/test'

export interface Login {
  email: string
  password: string
}

export function adminLogin(): Login {
  const email = process.env.E2E_ADMIN_EMAIL
  const password = process.env.E2E_ADMIN_PASSWORD
  if (!email || !password) throw new Error('e2e/support/global-setup.ts did not run')
  return { email, password }
}

export function unique(label: string): string {
  return `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
}

/**
 * An API client signed in as `login`, separate from the test's own `request` fixture: that
 * one must stay anonymous, since logging in sets a session cookie on its context.
 */
export async function staffApi(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string | undefined,
  login: Login,
): Promise<APIRequestContext> {
  const api = await playwright.request.newContext({ baseURL })
  const response = await api.post('/api/users/login', { data: login })
  expect(response.status(), await response.text()).toBe(200)
  return api
}

/** A newsroom account made by the admin, as a newsroom would. */
export async function createAccount(admin: APIRequestContext, role: 'editor' | 'writer'): Promise<Login> {
  const login = { email: `${unique(role)}@e2e.localhost`, password: unique('pw') }
  const response = await admin.post('/api/users', {
    data: { ...login, name: `E2E ${role} ${unique('n')}`, roles: [role] },
  })
  expect(response.status(), await response.text()).toBe(201)
  return login
}

export interface ArticleDoc {
  id: number
  slug: string
  title: string
}

export async function createArticle(staff: APIRequestContext, data: Record<string, unknown>): Promise<ArticleDoc> {
  const response = await staff.post('/api/articles', { data })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: ArticleDoc }).doc
}

export async function updateArticle(
  staff: APIRequestContext,
  id: number,
  data: Record<string, unknown>,
): Promise<void> {
  const response = await staff.patch(`/api/articles/${id}`, { data })
  expect(response.status(), await response.text()).toBe(200)
}

/** Fetches a page twice: the second answer must come from Next's cache. */
export async function expectCached(request: APIRequestContext, path: string): Promise<void> {
  await request.get(path)
  const again = await request.get(path)
  expect(again.headers()['x-nextjs-cache'], `${path} should be served from the cache`).toBe('HIT')
}

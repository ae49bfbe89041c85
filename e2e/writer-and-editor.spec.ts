import { expect, test } from '@playwright/test'

import { signIn } from './support/admin-ui'
import { adminLogin, createAccount, staffApi, unique } from './support/newsroom'

test('a writer drafts but cannot publish; an editor publishes the writer’s draft', async ({
  browser,
  request,
  playwright,
  baseURL,
}) => {
  const admin = await staffApi(playwright, baseURL, adminLogin())
  const writer = await createAccount(admin, 'writer')
  const editor = await createAccount(admin, 'editor')
  const title = `Corridor talks ${unique('draft')}`

  // The writer drafts in the admin: autosave keeps the draft, and there is no Publish button.
  const writerPage = await (await browser.newContext()).newPage()
  await signIn(writerPage, writer)
  await writerPage.goto('/admin/collections/articles/create')
  await writerPage.locator('#field-title').fill(title)
  await expect(writerPage.getByRole('button', { name: /publish changes/i })).toHaveCount(0)
  await expect(writerPage).toHaveURL(/\/admin\/collections\/articles\/\d+/)
  await expect(writerPage.getByText(/last saved/i)).toBeVisible()
  const id = Number(new URL(writerPage.url()).pathname.split('/').pop())

  // A crafted request does no better.
  const writerApi = await staffApi(playwright, baseURL, writer)
  const crafted = await writerApi.patch(`/api/articles/${id}`, { data: { _status: 'published' } })
  expect(crafted.status()).toBe(403)
  const stored = (await (await admin.get(`/api/articles/${id}`)).json()) as { _status: string }
  expect(stored._status).toBe('draft')
  // Where it will live once published: its slug is made from the title.
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  expect((await request.get(`/articles/${slug}`)).status()).toBe(404)

  // The editor opens the writer's draft and publishes it.
  const editorPage = await (await browser.newContext()).newPage()
  await signIn(editorPage, editor)
  await editorPage.goto(`/admin/collections/articles/${id}`)
  await expect(editorPage.locator('#field-title')).toHaveValue(title)
  await editorPage.getByRole('button', { name: /publish changes/i }).click()
  await expect(editorPage.getByText('Status: Published')).toBeVisible()

  expect(await (await request.get('/')).text()).toContain(title)
  const published = (await (await admin.get(`/api/articles/${id}`)).json()) as { slug: string; _status: string }
  expect(published).toMatchObject({ _status: 'published', slug })
  expect((await request.get(`/articles/${slug}`)).status()).toBe(200)
})

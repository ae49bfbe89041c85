import { expect, test } from '@playwright/test'

import { signIn } from './support/admin-ui'
import { adminLogin, createAccount, expectCached, staffApi, unique, updateArticle } from './support/newsroom'

test('an editor writes and publishes in the admin; the next request shows it on the home page and its own page', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const editor = await createAccount(await staffApi(playwright, baseURL, adminLogin()), 'editor')
  const title = `Record trade ${unique('story')}`
  const bodyText = 'Bilateral trade reached a record, the leaders said.'

  // Both pages are cached before the publish, so the test proves invalidation, not a cold render.
  await expectCached(request, '/')

  await signIn(page, editor)

  await page.goto('/admin/collections/articles/create')
  await page.locator('#field-title').fill(title)
  await page.locator('#field-standfirst').fill('The leaders met in Beijing.')
  const editorBody = page.locator('[data-lexical-editor="true"]').first()
  await editorBody.click()
  await page.keyboard.type(bodyText)
  await page.getByRole('button', { name: /publish changes/i }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+/)
  await expect(page.getByText('Status: Published')).toBeVisible()

  const id = Number(new URL(page.url()).pathname.split('/').pop())
  const staff = await staffApi(playwright, baseURL, editor)
  const { slug } = (await (await staff.get(`/api/articles/${id}`)).json()) as { slug: string }
  expect(slug).toMatch(/^record-trade-story-/)

  // The very first request after the publish response shows the article.
  const home = await request.get('/')
  expect(await home.text()).toContain(title)
  const article = await request.get(`/articles/${slug}`)
  expect(article.status()).toBe(200)
  const html = await article.text()
  expect(html).toContain(title)
  expect(html).toContain(bodyText)

  // And both stay cached until the next change.
  await expectCached(request, '/')
  await expectCached(request, `/articles/${slug}`)

  // Unpublishing removes it from both on the next request.
  await updateArticle(staff, id, { _status: 'draft' })
  expect(await (await request.get('/')).text()).not.toContain(title)
  expect((await request.get(`/articles/${slug}`)).status()).toBe(404)
})

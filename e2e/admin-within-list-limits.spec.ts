import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { signIn } from './support/admin-ui'
import { adminLogin, createAccount, createArticle, staffApi, unique, type ArticleDoc } from './support/newsroom'

/** Every answer the admin got from the API that was a refusal of its query (400), as "METHOD url". */
function watchRefusals(page: Page): string[] {
  const refused: string[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/') && response.status() === 400)
      refused.push(`${response.request().method()} ${response.url()}`)
  })
  return refused
}

async function articleDoc(staff: APIRequestContext, id: number): Promise<{ _status: string; topics: number[] } | null> {
  const response = await staff.get(`/api/articles/${id}?draft=true&depth=0`)
  return response.status() === 200 ? ((await response.json()) as { _status: string; topics: number[] }) : null
}

/**
 * The API refuses limit=0, pagination=false and more than 100 documents to anonymous
 * callers (1,000 signed in); the admin, signed in, must still list, pick and act in bulk.
 */
test('signed in, the admin’s list view, relationship picker, drawers, joins, versions and bulk publish and delete still work', async ({
  page,
  playwright,
  baseURL,
  request,
}) => {
  test.setTimeout(180_000)
  const login = await createAccount(await staffApi(playwright, baseURL, adminLogin()), 'editor')
  const staff = await staffApi(playwright, baseURL, login)
  const marker = unique('bulk')
  const topicName = `Picked ${marker}`
  const topicResponse = await staff.post('/api/topics', { data: { name: topicName } })
  expect(topicResponse.status(), await topicResponse.text()).toBe(201)
  const topicId = ((await topicResponse.json()) as { doc: { id: number } }).doc.id
  const drafts: ArticleDoc[] = []
  for (const n of [1, 2, 3])
    drafts.push(await createArticle(staff, { title: `Bulk ${marker} story ${n}`, _status: 'draft' }))
  // The same API refuses an anonymous caller the whole archive.
  expect((await request.get('/api/articles?limit=0')).status()).toBe(400)

  const refused = watchRefusals(page)
  await signIn(page, login)

  // A list view.
  await page.goto('/admin/collections/articles')
  await expect(page.locator('.collection-list').first()).toBeVisible()
  await expect(page.locator('.collection-list tbody tr').first()).toBeVisible()

  // A relationship picker lists options from the API and takes one.
  await page.goto(`/admin/collections/articles/${drafts[0]!.id}`)
  const topics = page.locator('#field-topics')
  const firstPage = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/topics' && response.request().method() === 'POST',
  )
  await topics.locator('.rs__control').click()
  expect((await firstPage).status()).toBe(200)
  await expect(page.locator('.rs__option').first()).toBeVisible()
  await page.keyboard.type(topicName)
  await page.locator('.rs__option', { hasText: topicName }).click()
  await expect(topics.locator('.rs__multi-value', { hasText: topicName })).toBeVisible()
  // Drafts autosave: the choice reaches the database without a button.
  await expect
    .poll(async () => (await articleDoc(staff, drafts[0]!.id))?.topics, { timeout: 20_000 })
    .toEqual([topicId])
  // Opened again, the picker loads the chosen topic's name from the API.
  await page.reload()
  await expect(page.locator('#field-topics .rs__multi-value', { hasText: topicName })).toBeVisible()

  // The upload drawer lists the media library.
  await page.getByRole('button', { name: 'Choose from existing' }).first().click()
  await expect(page.locator('.list-drawer tbody tr').first()).toBeVisible()
  await page.keyboard.press('Escape')

  // The version list, and a summit's joined stories and statements.
  await page.goto(`/admin/collections/articles/${drafts[0]!.id}/versions`)
  await expect(page.locator('.versions table tbody tr').first()).toBeVisible()
  const summit = ((await (await staff.get('/api/events?limit=1&depth=0')).json()) as { docs: { id: number }[] }).docs[0]
  expect(summit, 'the demo seed has summits').toBeDefined()
  await page.goto(`/admin/collections/events/${summit!.id}`)
  await expect(page.locator('.relationship-table').first()).toBeVisible()

  // Bulk publish of rows ticked one by one, then bulk delete of the whole page ticked at once.
  const rows = page.locator('.collection-list tbody tr')
  const listDrafts = async () => {
    await page.goto(`/admin/collections/articles?search=${encodeURIComponent(marker)}`)
    await expect(rows).toHaveCount(drafts.length)
  }
  await listDrafts()
  for (let row = 0; row < drafts.length; row += 1)
    await rows.nth(row).locator('.select-row__checkbox input[type="checkbox"]').check()
  await page.getByRole('button', { name: 'Publish', exact: true }).click()
  await page.getByRole('button', { name: 'Confirm', exact: true }).click()
  for (const draft of drafts)
    await expect.poll(async () => (await articleDoc(staff, draft.id))?._status).toBe('published')

  await listDrafts()
  await page.locator('#select-all').check()
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await page.getByRole('button', { name: 'Confirm', exact: true }).click()
  for (const draft of drafts) await expect.poll(async () => articleDoc(staff, draft.id)).toBeNull()

  expect(refused).toEqual([])
})

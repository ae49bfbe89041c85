import { expect, test } from '@playwright/test'

import { signIn } from './support/admin-ui'
import { adminLogin } from './support/newsroom'

test('every collection’s list, search and new-document screens load without console errors', async ({ page }) => {
  test.setTimeout(180_000)
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()} ${message.location().url}`)
  })
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
  await signIn(page, adminLogin())
  // Every collection the config declares, as the server reports them (Payload's own excepted).
  const access = (await (await page.request.get('/api/access')).json()) as { collections: Record<string, unknown> }
  const collections = Object.keys(access.collections).filter((slug) => !slug.startsWith('payload-'))
  expect(collections).toContain('articles')
  for (const collection of collections) {
    await page.goto(`/admin/collections/${collection}`)
    await expect(page.locator('.collection-list, .list-view, [class*="collection-list"]').first()).toBeVisible()
    await page.goto(`/admin/collections/${collection}?search=a`)
    await expect(page.locator('.collection-list, .list-view, [class*="collection-list"]').first()).toBeVisible()
    await page.goto(`/admin/collections/${collection}/create`)
    await expect(page.locator('form').first()).toBeVisible()
    // Let autosave, live preview and the relationship pickers settle before the next screen.
    await page.waitForLoadState('networkidle')
  }
  expect(errors).toEqual([])
})

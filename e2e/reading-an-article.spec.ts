import { expect, test } from '@playwright/test'

test('the seed story reads as a news article: headline, standfirst, byline, dateline, time, topics, body', async ({ page }) => {
  const response = await page.goto('/articles/record-trade-200bn')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Xi and Putin hail record trade/)
  await expect(page.locator('.standfirst')).toContainText('Beijing talks')
  await expect(page.locator('.byline')).toHaveText(/^By \S+/)
  await expect(page.locator('.dateline')).toHaveText('BEIJING')
  await expect(page.locator('time[datetime="2024-05-16T15:00:00.000Z"]')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Topics' })).toContainText('Trade')
  await expect(page.locator('.body')).toContainText('Xi Jinping affirmed that bilateral trade has reached record levels')
})

test('the home page lists the demo newsroom and pages its archive by path', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('.article-list li')).toHaveCount(20)
  await page.getByRole('link', { name: 'Older' }).click()
  await expect(page).toHaveURL(/\/page\/2$/)
  await expect(page.locator('.article-list li').first()).toBeVisible()
})

import { expect, test } from '@playwright/test'

import { expectOgCard } from './support/og-card'

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a reader follows a story to its summit, the summit’s timeline and a statement', async ({ page }) => {
    await page.goto('/articles/record-trade-200bn')
    await page.locator('.event-link a').click()
    await expect(page).toHaveURL(/\/events\/putin-state-visit-china-2024$/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('China')
    await expect(page.getByRole('region', { name: 'Participants' })).toContainText('Xi Jinping')

    const said = page.getByRole('region', { name: 'What was said' })
    const xi = said.locator('li', { hasText: 'Bilateral trade has reached record levels' })
    // A report's words are never dressed as a direct quote.
    await expect(xi).toContainText('paraphrase, not a direct quote')
    await expect(xi.locator('blockquote')).toHaveCount(0)
    await expect(
      page.getByRole('region', { name: 'Coverage' }).getByRole('link', { name: /Xi and Putin hail record trade/ }),
    ).toBeVisible()

    await xi.getByRole('link', { name: /Bilateral trade has reached record levels/ }).click()
    await expect(page).toHaveURL(/\/statements\/\d+$/)
    await expect(page.locator('.statement figcaption')).toContainText('Xi Jinping')
    await expectOgCard(page, /\/statements\/\d+\/og\.png$/)
    await expect(
      page.getByRole('region', { name: 'Coverage' }).getByRole('link', { name: /Xi and Putin hail record trade/ }),
    ).toBeVisible()
  })

  test('a person’s page lists what they said, as paraphrases where reported', async ({ page }) => {
    await page.goto('/people/xi-jinping')
    const said = page.getByRole('region', { name: 'What Xi Jinping said' })
    expect(await said.locator('li').count()).toBeGreaterThan(0)
    await expect(said.locator('li').first()).toContainText('paraphrase, not a direct quote')
  })

  test('the summits list links every summit, newest first', async ({ page }) => {
    await page.goto('/events')
    const links = page.locator('.article-list h2 a')
    expect(await links.count()).toBeGreaterThanOrEqual(5)
    await expect(links.first()).toHaveAttribute('href', /^\/events\/[a-z0-9-]+$/)
  })

  test('unknown summits, statements and bad pages answer 404 or a redirect', async ({ request }) => {
    for (const path of [
      '/events/no-such-summit',
      '/events/page/0',
      '/events/page/abc',
      '/events/a/b',
      '/statements/abc',
      '/statements/999999',
      '/statements/-1',
      '/statements/99999999999',
      '/statements/abc/og.png',
      '/statements/999999/og.png',
      '/articles/no-such-story/og.png',
    ]) {
      expect((await request.get(path)).status(), path).toBe(404)
    }
    const first = await request.get('/events/page/1', { maxRedirects: 0 })
    expect(first.status()).toBe(308)
  })
})

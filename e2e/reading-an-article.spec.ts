import { expect, test } from '@playwright/test'

import { expectOgCard } from './support/og-card'

test('the seed story reads as a news article: headline, standfirst, byline, dateline, time, topics, body', async ({
  page,
}) => {
  const response = await page.goto('/articles/record-trade-200bn')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Xi and Putin hail record trade/)
  await expect(page.locator('.standfirst')).toContainText('Beijing talks')
  await expect(page.locator('.byline')).toHaveText(/^By \S+/)
  await expect(page.locator('.dateline')).toHaveText('BEIJING')
  await expect(page.locator('time[datetime="2024-05-16T15:00:00.000Z"]')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Topics' })).toContainText('Trade')
  await expect(page.locator('.body')).toContainText(
    'Xi Jinping affirmed that bilateral trade has reached record levels',
  )

  const card = page.locator('.body .quote-card')
  await expect(card).toContainText('Bilateral trade has reached record levels')
  await expect(card).toContainText('paraphrase, not a direct quote')
  const chart = page.locator('.body figure.chart')
  await expect(chart.locator('svg[role="img"] rect.chart-bar')).toHaveCount(7)
  await expect(chart.locator('svg .chart-target')).toHaveCount(1)
  await expect(chart.getByRole('table')).toContainText('240.11')
  await expect(chart.getByRole('row', { name: /200 bn target/ })).toContainText('200')

  const hero = page.locator('.article .figure img')
  await expect(hero).toHaveAttribute('alt', /^Bar chart of China–Russia trade turnover/)
  await expect(hero).toHaveAttribute('width', '1600')
  await expect(hero).toHaveAttribute('height', '900')
  await expect(hero).toHaveAttribute('srcset', /400w.*800w.*1600w/)
  expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
  // Browsers keep the image for a day instead of fetching it again on every page.
  const heroFile = await page.request.get((await hero.getAttribute('src')) ?? '')
  expect(heroFile.headers()['cache-control']).toBe('public, max-age=86400')
  await expect(page.locator('.article .figure figcaption')).toContainText(
    'Data: General Administration of Customs of China',
  )

  const structured = await page.locator('script[type="application/ld+json"]').first().textContent()
  const [article, breadcrumbs] = JSON.parse(structured ?? '[]') as Record<string, unknown>[]
  expect(article).toMatchObject({
    '@type': 'NewsArticle',
    dateline: 'BEIJING',
    datePublished: '2024-05-16T15:00:00.000Z',
  })
  expect((article!.author as { url: string }[])[0]!.url).toMatch(/\/authors\//)
  expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' })
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/articles\/record-trade-200bn$/)
  await expectOgCard(page, /\/articles\/record-trade-200bn\/og\.png\?v=\d+$/)

  const related = page.getByRole('region', { name: 'Related coverage' })
  expect(await related.locator('.related-internal a').count()).toBeGreaterThanOrEqual(3)
  await expect(related.locator('.related-internal a[href="/articles/record-trade-200bn"]')).toHaveCount(0)
  await expect(related.locator('.related-external li')).toHaveCount(4)
  await expect(related.locator('.related-external')).toContainText('The Moscow Times')
})

test('the home page leads with the latest story, then the latest, summits and statements, and pages by path', async ({
  page,
  request,
}) => {
  const response = await page.goto('/')
  // Only the admin asks for the colour-scheme hint: Critical-CH would make Chrome send a
  // reader's first request twice.
  expect(response?.headers()['critical-ch']).toBeUndefined()
  expect(response?.headers()['accept-ch']).toBeUndefined()
  expect((await request.get('/admin', { maxRedirects: 0 })).headers()['critical-ch']).toBe(
    'Sec-CH-Prefers-Color-Scheme',
  )
  // The stylesheet is inline: no request holds back the first paint, and it still applies.
  await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0)
  await expect(page.locator('.site-name')).toHaveCSS('font-size', '32px')
  await expect(page.locator('.lead-story h2 a')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Latest', exact: true }).locator('.article-list li')).toHaveCount(19)
  await expect(page.getByRole('region', { name: 'Summits' }).locator('li')).toHaveCount(3)
  expect(await page.getByRole('region', { name: 'Latest statements' }).locator('li').count()).toBeGreaterThan(0)
  await page.getByRole('link', { name: 'Older' }).click()
  await expect(page).toHaveURL(/\/page\/2$/)
  await expect(page.locator('.article-list li').first()).toBeVisible()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a reader goes from the home page to a story, its topic archive and its author', async ({ page }) => {
    await page.goto('/')
    // Other specs publish newer stories first; the reader pages back until the seed story.
    const story = page.getByRole('link', { name: /Xi and Putin hail record trade/ })
    for (let older = 0; older < 5 && (await story.count()) === 0; older += 1)
      await page.getByRole('link', { name: 'Older' }).click()
    await story.first().click()
    await expect(page).toHaveURL(/\/articles\/record-trade-200bn$/)

    await page.getByRole('list', { name: 'Topics' }).getByRole('link', { name: 'Trade' }).click()
    await expect(page).toHaveURL(/\/topics\/trade$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trade')
    await expect(page.locator('.article-list li').first()).toBeVisible()

    await page.goBack()
    const author = page.locator('.byline a').first()
    const name = (await author.textContent()) ?? ''
    await author.click()
    await expect(page).toHaveURL(/\/authors\/[a-z0-9-]+$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
    await expect(page.getByRole('link', { name: /Xi and Putin hail record trade/ })).toBeVisible()

    await page.goBack()
    await page
      .getByRole('complementary', { name: 'People in this story' })
      .getByRole('link', { name: 'Xi Jinping' })
      .click()
    await expect(page).toHaveURL(/\/people\/xi-jinping$/)
    await expect(page.locator('.section-header .standfirst')).toContainText('China')
  })

  test('archives page by path and refuse bad pages', async ({ request }) => {
    expect((await request.get('/topics/trade/page/2')).status()).toBe(200)
    for (const path of [
      '/topics/trade/page/0',
      '/topics/trade/page/abc',
      '/topics/trade/page/999',
      '/topics/no-such-topic',
      '/people/nobody',
      '/authors/nobody',
    ]) {
      expect((await request.get(path)).status(), path).toBe(404)
    }
    const first = await request.get('/topics/trade/page/1', { maxRedirects: 0 })
    expect(first.status()).toBe(308)
    expect(first.headers().location).toMatch(/\/topics\/trade$/)
  })
})

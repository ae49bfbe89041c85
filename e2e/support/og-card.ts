import { expect, type Page } from '@playwright/test'

/** The page names a generated 1200×630 card by absolute URL, and that URL serves it. */
export async function expectOgCard(page: Page, url: RegExp) {
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content')
  expect(ogImage).toMatch(/^https?:\/\//)
  expect(ogImage).toMatch(url)
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200')
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', ogImage!)
  const image = await page.request.get(
    new URL(new URL(ogImage!).pathname + new URL(ogImage!).search, page.url()).toString(),
  )
  expect(image.status()).toBe(200)
  expect(image.headers()['content-type']).toBe('image/png')
  const png = await image.body()
  // PNG header: width and height are the first two fields of the IHDR chunk.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
}

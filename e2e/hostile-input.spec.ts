import { expect, test } from '@playwright/test'

import { adminLogin, staffApi, unique } from './support/newsroom'

/*
 * What an editor types is text, never markup, wherever it is shown: pages, feeds and the
 * structured data, where a `</script>` inside a headline must not end the script element.
 */
const XSS = `"><script>alert(1)</script><img src=x onerror=alert(2)></script><svg onload=alert(3)>`
/** For fields too short for the whole string (a topic's name holds 80 characters). */
const XSS_SHORT = `</script><script>alert(1)</script>`

test('markup typed into editors’ fields is shown as text on pages, in feeds and in JSON-LD', async ({ page, request, playwright, baseURL }) => {
  test.setTimeout(120_000)
  const staff = await staffApi(playwright, baseURL, adminLogin())
  const tag = unique('xss')
  const post = async (collection: string, data: Record<string, unknown>) => {
    const response = await staff.post(`/api/${collection}`, { data })
    expect(response.status(), await response.text()).toBe(201)
    return ((await response.json()) as { doc: { id: number; slug: string } }).doc
  }
  const topic = await post('topics', { name: `Topic ${tag} ${XSS_SHORT}`, description: `About ${XSS}` })
  const person = await post('people', { name: `Person ${tag} ${XSS}`, role: `Role ${XSS}`, country: 'RU', bio: `Bio ${XSS}` })
  const event = await post('events', { name: `Summit ${tag} ${XSS}`, kind: 'summit', startDate: '2019-03-01T00:00:00.000Z', summary: `Summary ${XSS}`, participants: [person.id], _status: 'published' })
  const article = await post('articles', {
    title: `Headline ${tag} ${XSS}`,
    standfirst: `Standfirst ${XSS}`,
    dateline: `MOSCOW ${XSS_SHORT}`,
    topics: [topic.id],
    people: [person.id],
    event: event.id,
    externalCoverage: [{ outlet: `Outlet ${XSS}`, title: `Report ${XSS}`, url: 'https://example.com/report', publishedAt: '2019-03-01T00:00:00.000Z' }],
    corrections: [{ date: '2019-03-02T00:00:00.000Z', text: `Correction ${XSS}` }],
    publishedAt: '2019-03-01T12:00:00.000Z',
    _status: 'published',
  })
  await post('statements', { speaker: person.id, quote: `Quote ${tag} ${XSS}`, context: `Context ${XSS}`, date: '2019-03-01T00:00:00.000Z', event: event.id, topics: [topic.id], _status: 'published' })

  const pages = [`/articles/${article.slug}`, `/topics/${topic.slug}`, `/people/${person.slug}`, `/events/${event.slug}`, `/search?q=${tag}`]
  for (const path of pages) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const html = await response.text()
    expect(html, path).toContain(tag)
    expect(html, path).not.toContain('<script>alert(1)')
    expect(html, path).not.toContain('<img src=x')
    expect(html, path).not.toContain('<svg onload')
    // Every structured-data block still parses, and holds the text as typed.
    for (const [, json] of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) expect(() => JSON.parse(json!), path).not.toThrow()
  }
  const articleHtml = await (await request.get(`/articles/${article.slug}`)).text()
  const [structured] = [...articleHtml.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(([, json]) => JSON.parse(json!) as { headline?: string }[])
  expect(structured?.[0]?.headline).toBe(`Headline ${tag} ${XSS}`)

  for (const path of ['/feed.xml', '/feed.atom', `/topics/${topic.slug}/feed.xml`]) {
    const xml = await (await request.get(path)).text()
    expect(xml, path).toContain(tag)
    expect(xml, path).not.toContain('<script>alert(1)')
    expect(xml, path).not.toContain('<img src=x')
  }
  const feed = (await (await request.get('/feed.json')).json()) as { items: { title: string; content_html: string }[] }
  const item = feed.items.find((entry) => entry.title.includes(tag))
  expect(item?.title).toBe(`Headline ${tag} ${XSS}`)
  expect(item?.content_html ?? '').not.toContain('<script>alert(1)')

  // In a browser, nothing runs: no dialog opens on any of the pages.
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  for (const path of pages) {
    await page.goto(path)
    await expect(page.getByText(`${tag}`).first()).toBeVisible()
  }
  expect(dialogs).toEqual([])
})

test('malformed and out-of-range requests get a 4xx with a message, never a 5xx', async ({ request }) => {
  const cases: [string, number[]][] = [
    ['/articles/..%2F..%2F..%2Fetc%2Fpasswd', [400, 404]],
    ['/articles/%2e%2e/%2e%2e/package.json', [400, 404]],
    ['/articles/story%00.html', [400, 404]],
    ['/topics/%E0%A4%A', [400, 404]],
    [`/articles/${'a'.repeat(4000)}`, [400, 404, 414]],
    ['/search?q=%E0%A4%A', [200, 400]],
    [`/search?q=${'x'.repeat(10_000)}`, [200, 400, 414]],
    ["/search?q=' OR 1=1; DROP TABLE articles; --", [200]],
    ['/api/articles?limit=-1', [400]],
    ['/api/articles?limit=abc', [400]],
    ['/api/articles?page=0', [400]],
    ['/api/articles?page=-5', [400]],
    ['/api/articles?depth=100', [400]],
    ['/api/articles?depth=-1', [400]],
    ['/api/articles?where[title][nonsense]=x', [400]],
    ['/api/articles?where[no_such_field][equals]=x', [400]],
    ['/api/articles?sort=;drop table articles', [400]],
    ['/api/articles/not-a-number', [400, 404]],
  ]
  const wrong: string[] = []
  for (const [path, allowed] of cases) {
    const response = await request.get(path)
    const body = await response.text()
    if (!allowed.includes(response.status())) wrong.push(`${path.slice(0, 80)} answered ${response.status()}: ${body.slice(0, 160)}`)
    else if (response.status() >= 400 && path.startsWith('/api/') && !/"message":"[^"]+"/.test(body)) wrong.push(`${path.slice(0, 80)} gave no message: ${body.slice(0, 160)}`)
  }
  expect(wrong).toEqual([])
})

import { expect, test, type APIRequestContext } from '@playwright/test'
import sharp from 'sharp'

import { blockNode, richTextWithBlocks } from '../lib/rich-text/from-paragraphs'
import { signIn } from './support/admin-ui'
import { adminLogin, staffApi, unique } from './support/newsroom'

/*
 * What an editor types is text, never markup, wherever it is shown: pages, feeds and the
 * structured data, where a `</script>` inside a headline must not end the script element.
 */
const XSS = `"><script>alert(1)</script><img src=x onerror=alert(2)></script><svg onload=alert(3)>`
/** For fields too short for the whole string (a topic's name holds 80 characters). */
const XSS_SHORT = `</script><script>alert(1)</script>`

test('markup typed into editors’ fields is shown as text on pages, in feeds and in JSON-LD', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const staff = await staffApi(playwright, baseURL, adminLogin())
  const tag = unique('xss')
  const post = async (collection: string, data: Record<string, unknown>) => {
    const response = await staff.post(`/api/${collection}`, { data })
    expect(response.status(), await response.text()).toBe(201)
    return ((await response.json()) as { doc: { id: number; slug: string } }).doc
  }
  const topic = await post('topics', { name: `Topic ${tag} ${XSS_SHORT}`, description: `About ${XSS}` })
  const person = await post('people', {
    name: `Person ${tag} ${XSS}`,
    role: `Role ${XSS}`,
    country: 'RU',
    bio: `Bio ${XSS}`,
  })
  const event = await post('events', {
    name: `Summit ${tag} ${XSS}`,
    kind: 'summit',
    startDate: '2019-03-01T00:00:00.000Z',
    location: { city: `City ${XSS_SHORT}`, country: `Country ${XSS_SHORT}` },
    summary: `Summary ${XSS}`,
    outcomes: [{ text: `Outcome ${XSS}` }],
    participants: [person.id],
    _status: 'published',
  })
  const indicator = await post('indicators', {
    name: `Indicator ${tag} ${XSS}`,
    unit: XSS_SHORT,
    source: `Source ${XSS}`,
    sourceUrl: 'https://example.com/data',
    points: [
      { period: '<b>2018</b>', value: 1, note: `Note ${XSS}` },
      { period: '2019', value: 2 },
    ],
    target: { value: 3, label: `Target ${XSS}` },
  })
  const article = await post('articles', {
    title: `Headline ${tag} ${XSS}`,
    standfirst: `Standfirst ${XSS}`,
    dateline: `MOSCOW ${XSS_SHORT}`,
    topics: [topic.id],
    people: [person.id],
    event: event.id,
    body: richTextWithBlocks([`Body ${XSS}`], {
      0: [
        blockNode({ blockType: 'pullQuote', text: `Pull ${XSS}`, attribution: `By ${XSS_SHORT}` }),
        blockNode({ blockType: 'chart', indicator: indicator.id, title: `Chart ${XSS}` }),
      ],
    }),
    externalCoverage: [
      {
        outlet: `Outlet ${XSS}`,
        title: `Report ${XSS}`,
        url: 'https://example.com/report',
        publishedAt: '2019-03-01T00:00:00.000Z',
      },
    ],
    corrections: [{ date: '2019-03-02T00:00:00.000Z', text: `Correction ${XSS}` }],
    publishedAt: '2019-03-01T12:00:00.000Z',
    _status: 'published',
  })
  const statement = await post('statements', {
    speaker: person.id,
    quote: `Quote ${tag} ${XSS}`,
    originalText: `Original ${XSS}`,
    context: `Context ${XSS}`,
    sourceOutlet: `Outlet ${XSS_SHORT}`,
    sourceUrl: 'https://example.com/statement',
    date: '2019-03-01T00:00:00.000Z',
    event: event.id,
    topics: [topic.id],
    _status: 'published',
  })

  const pages = [
    `/articles/${article.slug}`,
    `/topics/${topic.slug}`,
    `/people/${person.slug}`,
    `/events/${event.slug}`,
    `/statements/${statement.id}`,
    `/search?q=${tag}`,
  ]
  for (const path of pages) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const html = await response.text()
    expect(html, path).toContain(tag)
    expect(html, path).not.toContain('<script>alert(1)')
    expect(html, path).not.toContain('<img src=x')
    expect(html, path).not.toContain('<svg onload')
    // Every structured-data block still parses, and holds the text as typed.
    for (const [, json] of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs))
      expect(() => JSON.parse(json!), path).not.toThrow()
  }
  // The text is there, escaped: body blocks, the chart and its data, the summit's details.
  const escaped = (label: string) => `${label} &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;`
  const shown: [string, string[]][] = [
    [
      `/articles/${article.slug}`,
      [escaped('Body'), escaped('Pull'), escaped('Chart'), escaped('Target'), escaped('Source')],
    ],
    [`/events/${event.slug}`, [escaped('Outcome'), 'City &lt;/script&gt;&lt;script&gt;']],
    [`/statements/${statement.id}`, [escaped('Original'), escaped('Context'), 'Outlet &lt;/script&gt;&lt;script&gt;']],
  ]
  for (const [path, texts] of shown) {
    const html = await (await request.get(path)).text()
    for (const text of texts) expect(html, path).toContain(text)
  }
  const articleHtml = await (await request.get(`/articles/${article.slug}`)).text()
  const [structured] = [...articleHtml.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    ([, json]) => JSON.parse(json!) as { headline?: string }[],
  )
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

/** Every structured-data block of a page, parsed (throws if one does not parse). */
const jsonLdBlocks = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    ([, json]) => JSON.parse(json!) as unknown,
  )

/** The markup of XSS would have become elements: fail on any trace of it. */
function expectNoInjectedMarkup(text: string, where: string) {
  expect(text, where).not.toContain('<script>alert(1)')
  expect(text, where).not.toContain('<img src=x')
  expect(text, where).not.toContain('<svg onload')
}

async function created(response: Awaited<ReturnType<APIRequestContext['post']>>) {
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: { id: number; slug: string } }).doc
}

test('markup in an author’s profile, an image’s text and a story’s body stays text on pages, in feeds, on its card and in the admin', async ({
  browser,
  request,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000)
  const admin = await staffApi(playwright, baseURL, adminLogin())
  const tag = unique('xss2')
  const writer = await created(
    await admin.post('/api/users', {
      data: {
        email: `${tag}@e2e.localhost`,
        password: unique('pw'),
        name: `Writer ${tag} ${XSS_SHORT}`,
        bio: `Bio ${XSS}`,
        roles: ['writer'],
      },
    }),
  )
  const png = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
  const image = await created(
    await admin.post('/api/media', {
      multipart: {
        file: { name: `${tag}.png`, mimeType: 'image/png', buffer: png },
        _payload: JSON.stringify({ alt: `Alt ${XSS}`, caption: `Caption ${XSS}`, credit: `Credit ${XSS}` }),
      },
    }),
  )
  // Pango, which draws the card, reads markup: a title that names a colour must not get it.
  const title = `<span foreground="#00ff00">GREEN</span> Товарооборот 中俄贸易 التجارة 🚀🇨🇳 ${tag}`
  const article = await created(
    await admin.post('/api/articles', {
      data: {
        title,
        standfirst: `Standfirst ${tag}`,
        authors: [writer.id],
        heroImage: image.id,
        body: richTextWithBlocks([`Body ${XSS}`, `Second ${XSS_SHORT}`], {
          1: [blockNode({ blockType: 'figure', image: image.id, caption: `Figure ${XSS}` })],
        }),
        seo: { title: `SEO ${tag} ${XSS_SHORT}`, description: `Summary ${XSS}` },
        publishedAt: '2019-03-02T12:00:00.000Z',
        _status: 'published',
      },
    }),
  )

  const articlePath = `/articles/${article.slug}`
  const authorPath = `/authors/${writer.slug}`
  for (const path of [articlePath, authorPath]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const html = await response.text()
    expect(html, path).toContain(tag)
    expectNoInjectedMarkup(html, path)
    expect(() => jsonLdBlocks(html), path).not.toThrow()
  }
  const articleHtml = await (await request.get(articlePath)).text()
  // The search-result title and summary are the editor's SEO fields, escaped.
  expect(articleHtml).toContain(
    `<title>SEO ${tag} &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; — Summit Wire</title>`,
  )
  expect(articleHtml).toContain('<meta name="description" content="Summary &quot;&gt;&lt;script&gt;')
  expect(articleHtml).toContain(`Caption &quot;&gt;&lt;script&gt;`)
  expect(articleHtml).toContain(`Credit &quot;&gt;&lt;script&gt;`)
  expect(articleHtml).toContain(`alt="Alt &quot;&gt;&lt;script&gt;`)
  expect(articleHtml).toContain(`Body &quot;&gt;&lt;script&gt;`)
  expect(articleHtml).toContain(`Figure &quot;&gt;&lt;script&gt;`)
  const [structured] = jsonLdBlocks(articleHtml) as {
    headline?: string
    author?: { name?: string }[]
    image?: unknown
  }[][]
  expect(structured?.[0]?.headline).toBe(title)
  expect(structured?.[0]?.author?.[0]?.name).toBe(`Writer ${tag} ${XSS_SHORT}`)

  for (const path of ['/feed.xml', '/feed.atom', `${authorPath}/feed.xml`]) {
    const xml = await (await request.get(path)).text()
    expect(xml, path).toContain(tag)
    expectNoInjectedMarkup(xml, path)
  }
  const feed = (await (await request.get('/feed.json')).json()) as {
    items: { title: string; content_html: string; authors?: { name: string }[]; attachments?: { title?: string }[] }[]
  }
  const item = feed.items.find((entry) => entry.title.includes(tag))
  expect(item?.title).toBe(title)
  expect(item?.authors?.[0]?.name).toBe(`Writer ${tag} ${XSS_SHORT}`)
  expectNoInjectedMarkup(item?.content_html ?? '<script>alert(1) missing', 'JSON Feed content_html')
  expect(item?.content_html).toContain('Body &quot;&gt;&lt;script&gt;')

  // The card draws the title's characters, Cyrillic, Chinese, Arabic and emoji, as text.
  const card = await request.get(`${articlePath}/og.png`)
  expect(card.status()).toBe(200)
  const { data, info } = await sharp(await card.body())
    .raw()
    .toBuffer({ resolveWithObject: true })
  expect([info.width, info.height]).toEqual([1200, 630])
  let green = 0
  for (let offset = 0; offset < data.length; offset += info.channels)
    if (data[offset + 1]! > 200 && data[offset]! < 80 && data[offset + 2]! < 80) green++
  expect(green, 'pixels drawn in the colour the title names').toBe(0)

  // The admin shows the same text as text: no dialog opens on its list and edit screens.
  const context = await browser.newContext()
  const page = await context.newPage()
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  await signIn(page, adminLogin())
  await page.goto(`/admin/collections/articles?search=${encodeURIComponent(tag)}`)
  await expect(page.getByText(title).first()).toBeVisible()
  const fields: [string, string, string][] = [
    [`/admin/collections/articles/${article.id}`, '#field-title', title],
    [`/admin/collections/media/${image.id}`, '#field-caption', `Caption ${XSS}`],
    [`/admin/collections/media/${image.id}`, '#field-credit', `Credit ${XSS}`],
    [`/admin/collections/users/${writer.id}`, '#field-bio', `Bio ${XSS}`],
    [`/admin/collections/users/${writer.id}`, '#field-name', `Writer ${tag} ${XSS_SHORT}`],
  ]
  for (const [path, field, value] of fields) {
    if (!page.url().endsWith(path)) await page.goto(path)
    await expect(page.locator(field), `${path} ${field}`).toHaveValue(value)
  }
  await expect(page.locator('img[src="x"], svg[onload]')).toHaveCount(0)
  expect(dialogs).toEqual([])
  await context.close()
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
    ['/api/media/file/..%2F..%2F..%2Fetc%2Fpasswd', [400, 403, 404]],
    ['/api/media/file/%2e%2e%2f%2e%2e%2fpackage.json', [400, 403, 404]],
    ['/api/media/file/..%5C..%5Cpackage.json', [400, 403, 404]],
    ['/api/media/file/no-such-file.png', [404]],
    ['/api/articles/versions/abc', [404]],
    ['/api/articles?where[id][in]=1,abc', [400]],
    ['/api/articles?where[authors][equals]=abc', [400]],
    ['/api/articles?where[id][greater_than]=1e400', [400]],
    ['/api/articles?where[title][near]=1,2', [400]],
    // Overlong query strings: Node refuses a request head over 16 KB (431) before Next sees it.
    [`/topics/trade?${'x'.repeat(12_000)}`, [200, 414, 431]],
    [`/feed.xml?q=${'x'.repeat(12_000)}`, [200, 414, 431]],
    [`/sitemap.xml?${'x'.repeat(12_000)}`, [200, 414, 431]],
    [`/articles/record-trade-200bn?${'p=1&'.repeat(5_000)}`, [200, 414, 431]],
    [`/api/articles?where[title][like]=${'x'.repeat(12_000)}`, [200, 400, 414, 431]],
    [`/api/articles?${Array.from({ length: 500 }, (_, i) => `where[or][${i}][title][like]=x`).join('&')}`, [200, 400]],
    [`/api/articles?where${'[and][0]'.repeat(200)}[title][equals]=x`, [400]],
    [`/api/graphql?query=${'{a'.repeat(3_000)}`, [400, 405]],
  ]
  const wrong: string[] = []
  for (const [path, allowed] of cases) {
    const response = await request.get(path)
    const body = await response.text()
    if (!allowed.includes(response.status()))
      wrong.push(`${path.slice(0, 80)} answered ${response.status()}: ${body.slice(0, 160)}`)
    else if (response.status() >= 400 && path.startsWith('/api/') && !/"message":"[^"]+"/.test(body))
      wrong.push(`${path.slice(0, 80)} gave no message: ${body.slice(0, 160)}`)
  }
  expect(wrong).toEqual([])
})

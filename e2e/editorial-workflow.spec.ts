import { expect, test, type APIRequestContext } from '@playwright/test'

import { signIn } from './support/admin-ui'
import { adminLogin, createAccount, staffApi, unique, updateArticle } from './support/newsroom'
import { runScript } from './support/run-script'

async function tradeTopicId(api: APIRequestContext): Promise<number> {
  const found = (await (await api.get('/api/topics?where[slug][equals]=trade&limit=1')).json()) as {
    docs: { id: number }[]
  }
  return found.docs[0]!.id
}

/** Whether a reader sees `title` on the home page, the trade archive, the site feed and its own page. */
async function visibleEverywhere(request: APIRequestContext, title: string, slug: string): Promise<boolean[]> {
  return Promise.all([
    request.get('/').then(async (response) => (await response.text()).includes(title)),
    request.get('/topics/trade').then(async (response) => (await response.text()).includes(title)),
    request.get('/feed.xml').then(async (response) => (await response.text()).includes(title)),
    request.get(`/articles/${slug}`).then((response) => response.status() === 200),
  ])
}

test('a writer submits a draft; an editor finds it, previews, publishes, renames and unpublishes it', async ({
  browser,
  request,
  playwright,
  baseURL,
}) => {
  const admin = await staffApi(playwright, baseURL, adminLogin())
  const [writerLogin, editorLogin] = [await createAccount(admin, 'writer'), await createAccount(admin, 'editor')]
  const writer = await staffApi(playwright, baseURL, writerLogin)
  const title = `Pipeline tariffs ${unique('workflow')}`

  const created = await writer.post('/api/articles?draft=true', {
    data: {
      title,
      standfirst: 'Submitted for review.',
      topics: [await tradeTopicId(admin)],
      reviewState: 'ready-for-review',
      _status: 'draft',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { id, slug } = ((await created.json()) as { doc: { id: number; slug: string } }).doc
  expect(await visibleEverywhere(request, title, slug)).toEqual([false, false, false, false])

  // The editor's list of what waits for review shows it.
  const editorPage = await (await browser.newContext()).newPage()
  await signIn(editorPage, editorLogin)
  await editorPage.goto('/admin/collections/articles?where[reviewState][equals]=ready-for-review')
  await expect(editorPage.getByRole('link', { name: title })).toBeVisible()

  // Preview: the draft on the real page for the editor, still a 404 for everyone else.
  expect((await request.get(`/api/preview?collection=articles&id=${id}`, { maxRedirects: 0 })).status()).toBe(303)
  const previewed = await editorPage.goto(`/api/preview?collection=articles&id=${id}`)
  expect(previewed?.status()).toBe(200)
  await expect(editorPage).toHaveURL(new RegExp(`/articles/${slug}$`))
  await expect(editorPage.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(editorPage.getByRole('status')).toContainText('Preview')
  expect((await request.get(`/articles/${slug}`)).status()).toBe(404)

  // Publish: the very next requests show it everywhere.
  const editor = await staffApi(playwright, baseURL, editorLogin)
  await updateArticle(editor, id, { _status: 'published', reviewState: 'approved' })
  expect(await visibleEverywhere(request, title, slug)).toEqual([true, true, true, true])

  // A new slug: the old URL redirects permanently.
  const renamed = `${slug}-renamed`
  await updateArticle(editor, id, { slug: renamed })
  const old = await request.get(`/articles/${slug}`, { maxRedirects: 0 })
  expect(old.status()).toBe(308)
  expect(old.headers().location).toMatch(new RegExp(`/articles/${renamed}$`))
  expect((await request.get(`/articles/${renamed}`)).status()).toBe(200)

  // Unpublish: gone everywhere, and the old URL no longer leads to it.
  await updateArticle(editor, id, { _status: 'draft' })
  expect(await visibleEverywhere(request, title, renamed)).toEqual([false, false, false, false])
  expect((await request.get(`/articles/${slug}`, { maxRedirects: 0 })).status()).toBe(404)
})

test('an article scheduled a minute ahead appears after its time, not before, and a scheduled unpublish takes it down', async ({
  request,
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000)
  const admin = await staffApi(playwright, baseURL, adminLogin())
  const editorLogin = await createAccount(admin, 'editor')
  const editor = await staffApi(playwright, baseURL, editorLogin)
  const me = (await (await editor.get('/api/users/me')).json()) as { user: { id: number } }
  const title = `Embargoed communiqué ${unique('scheduled')}`
  const created = await editor.post('/api/articles?draft=true', {
    data: { title, topics: [await tradeTopicId(admin)], _status: 'draft' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { id, slug } = ((await created.json()) as { doc: { id: number; slug: string } }).doc

  const at = new Date(Date.now() + 60_000)
  const schedule = (when: Date, type: 'publish' | 'unpublish') =>
    runScript('e2e/support/schedule-from-script.ts', [String(id), String(me.user.id), when.toISOString(), type], {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      PAYLOAD_SECRET: process.env.E2E_PAYLOAD_SECRET,
      INTERNAL_URL: baseURL,
    })
  await schedule(at, 'publish')

  expect(await visibleEverywhere(request, title, slug)).toEqual([false, false, false, false])
  let appeared: number | null = null
  while (Date.now() < at.getTime() + 75_000) {
    const status = (await request.get(`/articles/${slug}`)).status()
    if (status === 200) {
      appeared = Date.now()
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000))
  }
  expect(appeared, 'the article should appear within a minute of its time').not.toBeNull()
  expect(appeared!).toBeGreaterThanOrEqual(at.getTime())
  expect(await visibleEverywhere(request, title, slug)).toEqual([true, true, true, true])

  await schedule(new Date(Date.now() + 5_000), 'unpublish')
  await expect
    .poll(async () => (await request.get(`/articles/${slug}`)).status(), { timeout: 60_000, intervals: [2_000] })
    .toBe(404)
  expect(await visibleEverywhere(request, title, slug)).toEqual([false, false, false, false])
})

test('an editor appends a correction: the page shows it and the story is updated on the page and in the feeds', async ({
  request,
  playwright,
  baseURL,
}) => {
  const admin = await staffApi(playwright, baseURL, adminLogin())
  const title = `Tariff schedule ${unique('corrected')}`
  const created = await admin.post('/api/articles', {
    data: { title, publishedAt: '2024-06-01T09:00:00.000Z', _status: 'published' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { id, slug } = ((await created.json()) as { doc: { id: number; slug: string } }).doc
  const jsonLd = async () => {
    const html = await (await request.get(`/articles/${slug}`)).text()
    const data = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as {
      dateModified: string
    }[]
    return { html, dateModified: data[0]!.dateModified }
  }
  const before = await jsonLd()

  const correction = 'An earlier version gave the wrong tariff rate.'
  await updateArticle(admin, id, { corrections: [{ date: new Date().toISOString(), text: correction }] })
  const after = await jsonLd()
  expect(after.html).toContain(correction)
  expect(Date.parse(after.dateModified)).toBeGreaterThan(Date.parse(before.dateModified))
  expect(after.html).toMatch(/Updated/)

  const atom = await (await request.get('/feed.atom')).text()
  const entry = atom.split('<entry>').find((part) => part.includes(title))!
  expect(Date.parse(/<updated>([^<]+)<\/updated>/.exec(entry)![1]!)).toBeGreaterThan(
    Date.parse('2024-06-01T09:00:00.000Z'),
  )
})

test('preview refuses bad requests plainly and never leaves the site', async ({ request, playwright, baseURL }) => {
  for (const query of [
    '',
    '?collection=users&id=1',
    '?collection=articles&id=abc',
    '?collection=articles&id=-1',
    '?collection=articles&id=99999999999',
  ]) {
    const response = await request.get(`/api/preview${query}`, { maxRedirects: 0 })
    expect(response.status(), query).toBe(400)
    expect(await response.text(), query).toContain('Preview needs a collection')
  }
  const admin = await staffApi(playwright, baseURL, adminLogin())
  expect((await admin.get('/api/preview?collection=articles&id=2147483647', { maxRedirects: 0 })).status()).toBe(404)
  for (const path of ['//evil.example/', 'https://evil.example/', 'javascript:alert(1)']) {
    const exit = await request.get(`/api/preview/exit?path=${encodeURIComponent(path)}`, { maxRedirects: 0 })
    expect(exit.status(), path).toBe(303)
    expect(exit.headers().location, path).toBe('/')
  }
  expect((await request.get('/api/preview/exit?path=%2Ftopics%2Ftrade', { maxRedirects: 0 })).headers().location).toBe(
    '/topics/trade',
  )
})

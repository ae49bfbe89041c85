import { expect, test, type APIRequestContext } from '@playwright/test'

import { adminLogin, createArticle, staffApi, unique, updateArticle } from './support/newsroom'

/*
 * Hidden content — a draft, a story scheduled for later, one published then withdrawn, one
 * published then deleted, a draft statement and a draft summit — each sharing the topic, the
 * person and the summit of published coverage, so that every list, ranking and feed that shows
 * that coverage is tempted to show them too. Then every reader surface is probed, its RSC
 * payload too, for a word only the hidden content carries.
 */

type Doc = { id: number; slug: string }

async function first(api: APIRequestContext, collection: string, where = ''): Promise<Doc> {
  const found = (await (await api.get(`/api/${collection}?limit=1&depth=0${where}`)).json()) as { docs: Doc[] }
  expect(found.docs.length, collection).toBe(1)
  return found.docs[0]!
}

test('nothing hidden reaches any surface, and no account detail leaves the admin', async ({
  request,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000)
  const staff = await staffApi(playwright, baseURL, adminLogin())
  const marker = `zqxleak${Date.now().toString(36)}`
  // Searched for, so a results page may echo it; only hidden content carries both words.
  const secret = `qvsecret${Date.now().toString(36)}`
  const topic = await first(staff, 'topics', '&where[slug][equals]=trade')
  const person = await first(staff, 'people', '&sort=name')
  const event = await first(staff, 'events', '&where[_status][equals]=published&sort=-startDate')
  const anchor = await first(staff, 'articles', '&where[slug][equals]=record-trade-200bn')
  const shared = {
    topics: [topic.id],
    people: [person.id],
    event: event.id,
    relatedArticles: [anchor.id],
    standfirst: `Hidden ${marker} ${secret} standfirst.`,
  }

  const draft = await createArticle(staff, { title: `Draft ${marker} ${unique('d')}`, ...shared, _status: 'draft' })
  const scheduled = await createArticle(staff, {
    title: `Scheduled ${marker} ${unique('s')}`,
    ...shared,
    publishedAt: '2099-01-01T00:00:00.000Z',
    _status: 'draft',
  })
  const withdrawn = await createArticle(staff, {
    title: `Withdrawn ${marker} ${unique('w')}`,
    ...shared,
    _status: 'published',
  })
  const deleted = await createArticle(staff, {
    title: `Deleted ${marker} ${unique('x')}`,
    ...shared,
    _status: 'published',
  })
  // Published for a moment: every cache that showed them must forget them.
  for (const path of ['/', '/topics/trade', '/feed.xml'])
    expect(await (await request.get(path)).text()).toContain(marker)
  await updateArticle(staff, withdrawn.id, { _status: 'draft' })
  expect((await staff.delete(`/api/articles/${deleted.id}`)).status()).toBe(200)

  const statement = await staff.post('/api/statements', {
    data: {
      speaker: person.id,
      quote: `Words ${marker} ${secret} unsaid.`,
      date: '2024-05-16T00:00:00.000Z',
      event: event.id,
      topics: [topic.id],
      _status: 'draft',
    },
  })
  expect(statement.status(), await statement.text()).toBe(201)
  const statementId = ((await statement.json()) as { doc: Doc }).doc.id
  const summit = await staff.post('/api/events', {
    data: {
      name: `Summit ${marker}`,
      kind: 'summit',
      startDate: '2024-05-16T00:00:00.000Z',
      summary: `Hidden ${marker} ${secret}.`,
      _status: 'draft',
    },
  })
  expect(summit.status(), await summit.text()).toBe(201)
  const summitSlug = ((await summit.json()) as { doc: Doc }).doc.slug

  const author = await first(staff, 'users', '&where[roles][contains]=writer')
  const sitemapIndex = await (await request.get('/sitemap.xml')).text()
  const childSitemaps = [...sitemapIndex.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
  const pages = [
    '/',
    '/topics/trade',
    `/people/${person.slug}`,
    `/events/${event.slug}`,
    '/events',
    `/articles/${anchor.slug}`,
    `/authors/${author.slug}`,
    `/search?q=${secret}`,
    `/search?q=${encodeURIComponent(`hidden ${secret}`)}`,
  ]
  const feeds = [
    '/feed.xml',
    '/feed.atom',
    '/feed.json',
    '/topics/trade/feed.xml',
    `/people/${person.slug}/feed.json`,
    `/events/${event.slug}/feed.atom`,
    `/authors/${author.slug}/feed.xml`,
  ]
  const api = [
    `/api/articles?where[title][like]=${marker}&draft=true`,
    `/api/articles?where[standfirst][like]=${marker}&draft=true&depth=2`,
    `/api/articles/${draft.id}?draft=true`,
    `/api/articles/${scheduled.id}`,
    `/api/articles/${withdrawn.id}?draft=true`,
    `/api/articles/versions?where[version.title][like]=${marker}`,
    `/api/statements/${statementId}?draft=true`,
    `/api/statements?where[quote][like]=${marker}&draft=true`,
    `/api/events?where[name][like]=${marker}&draft=true`,
    `/api/topics/${topic.id}?depth=3`,
    `/api/people/${person.id}?depth=3`,
    `/api/events/${event.id}?depth=3`,
    '/api/users?depth=2&limit=100',
  ]
  const probes: { label: string; body: string; status: number }[] = []
  const probe = async (label: string, path: string, headers: Record<string, string> = {}) => {
    const response = await request.get(path, { headers })
    probes.push({ label, body: await response.text(), status: response.status() })
  }
  for (const path of pages) {
    await probe(path, path)
    await probe(`${path} (RSC payload)`, path, { RSC: '1' })
  }
  for (const path of [...feeds, '/news-sitemap.xml', ...childSitemaps, ...api]) await probe(path, path)
  const graphql = await request.post('/api/graphql', {
    data: {
      query: `{ Articles(draft: true, where: { title: { like: "${marker}" } }) { docs { title standfirst } } Statements(draft: true) { docs { quote } } Users(limit: 100) { docs { name email } } }`,
    },
  })
  probes.push({ label: 'GraphQL', body: await graphql.text(), status: graphql.status() })

  expect(probes.length).toBeGreaterThan(40)
  for (const { label, body } of probes) expect(body.toLowerCase(), label).not.toContain(marker)

  // Hidden stories have no page and no card or search image; the hidden summit no page.
  for (const hidden of [draft, scheduled, withdrawn, deleted]) {
    expect((await request.get(`/articles/${hidden.slug}`)).status(), hidden.slug).toBe(404)
    for (const image of ['og.png', 'card/16x9.png', 'hero/1x1.jpg']) {
      expect((await request.get(`/articles/${hidden.slug}/${image}`)).status(), `${hidden.slug} ${image}`).toBe(404)
    }
  }
  expect((await request.get(`/statements/${statementId}`)).status()).toBe(404)
  expect((await request.get(`/statements/${statementId}/og.png`)).status()).toBe(404)
  expect((await request.get(`/events/${summitSlug}`)).status()).toBe(404)

  // The probes can see: once the draft is published, search and the RSC payload show it.
  await updateArticle(staff, draft.id, { _status: 'published' })
  expect(await (await request.get(`/search?q=${secret}`)).text()).toContain(marker)
  expect(await (await request.get('/topics/trade', { headers: { RSC: '1' } })).text()).toContain(marker)
  await updateArticle(staff, draft.id, { _status: 'draft' })

  // Accounts: no email, role or secret anywhere a reader can look.
  const email = adminLogin().email
  for (const { label, body } of probes) {
    expect(body, label).not.toContain(email)
    expect(body, label).not.toMatch(/"(hash|salt|sessions|resetPasswordToken|loginAttempts|lockUntil|roles)"\s*:/)
  }
})

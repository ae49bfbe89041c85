import { expect, test, type APIRequestContext } from '@playwright/test'

import { adminLogin, createAccount, staffApi, unique } from './support/newsroom'

/** Creates a document over REST as the admin and returns it. */
async function create(
  api: APIRequestContext,
  collection: string,
  data: Record<string, unknown>,
): Promise<{ id: number; slug?: string }> {
  const response = await api.post(`/api/${collection}`, { data })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: { id: number; slug?: string } }).doc
}

async function patch(api: APIRequestContext, path: string, data: Record<string, unknown>): Promise<void> {
  const response = await api.patch(path, { data })
  expect(response.status(), await response.text()).toBe(200)
}

/** Loads a page until it is served from the cache. */
async function warm(request: APIRequestContext, path: string): Promise<void> {
  await request.get(path)
  expect((await request.get(path)).headers()['x-nextjs-cache'], path).toBe('HIT')
}

// Lists are expired as a whole (a new story changes every archive it may appear in), so
// "unrelated" means a page that shows nothing of the changed collection.
const OTHER_TOPIC = '/topics/trade'
const SUMMITS = '/events'

test('a change to any collection refreshes the pages that show it, and leaves unrelated pages cached', async ({
  request,
  playwright,
  baseURL,
}) => {
  const admin = await staffApi(playwright, baseURL, adminLogin())
  const authorLogin = await createAccount(admin, 'writer')
  const author = (
    (await (await admin.get(`/api/users?where[email][equals]=${encodeURIComponent(authorLogin.email)}`)).json()) as {
      docs: { id: number }[]
    }
  ).docs[0]!
  const topic = await create(admin, 'topics', { name: unique('Freshness topic') })
  const person = await create(admin, 'people', { name: unique('Freshness person') })
  const event = await create(admin, 'events', {
    name: unique('Freshness summit'),
    kind: 'summit',
    startDate: '2024-07-03T00:00:00.000Z',
    _status: 'published',
  })
  const statement = await create(admin, 'statements', {
    speaker: person.id,
    quote: unique('We agreed on the corridor'),
    paraphrase: false,
    event: event.id,
    _status: 'published',
  })
  const article = await create(admin, 'articles', {
    title: unique('Freshness story'),
    topics: [topic.id],
    people: [person.id],
    authors: [author.id],
    event: event.id,
    statements: [statement.id],
    publishedAt: '2024-07-03T10:00:00.000Z',
    _status: 'published',
  })
  const page = `/articles/${article.slug}`

  const changes: {
    what: string
    apply: () => Promise<void>
    shows: { path: string; text: string }[]
    unrelated: string
  }[] = [
    {
      what: 'topic',
      apply: () => patch(admin, `/api/topics/${topic.id}`, { name: 'Renamed topic ' + topic.id }),
      shows: [
        { path: page, text: 'Renamed topic ' + topic.id },
        { path: `/topics/${topic.slug}`, text: 'Renamed topic ' + topic.id },
      ],
      unrelated: SUMMITS,
    },
    {
      what: 'person',
      apply: () => patch(admin, `/api/people/${person.id}`, { name: 'Renamed person ' + person.id }),
      shows: [
        { path: page, text: 'Renamed person ' + person.id },
        { path: `/statements/${statement.id}`, text: 'Renamed person ' + person.id },
      ],
      unrelated: OTHER_TOPIC,
    },
    {
      what: 'event',
      apply: () => patch(admin, `/api/events/${event.id}`, { name: 'Renamed summit ' + event.id }),
      shows: [
        { path: page, text: 'Renamed summit ' + event.id },
        { path: '/events', text: 'Renamed summit ' + event.id },
      ],
      unrelated: OTHER_TOPIC,
    },
    {
      what: 'statement',
      apply: () => patch(admin, `/api/statements/${statement.id}`, { quote: 'Reworded quote ' + statement.id }),
      shows: [
        { path: `/statements/${statement.id}`, text: 'Reworded quote ' + statement.id },
        { path: `/events/${event.slug}`, text: 'Reworded quote ' + statement.id },
      ],
      unrelated: OTHER_TOPIC,
    },
    {
      what: 'author',
      apply: () => patch(admin, `/api/users/${author.id}`, { name: 'Renamed author ' + author.id }),
      shows: [{ path: page, text: 'Renamed author ' + author.id }],
      unrelated: SUMMITS,
    },
    {
      what: 'article',
      apply: () => patch(admin, `/api/articles/${article.id}`, { standfirst: 'A new standfirst ' + article.id }),
      shows: [
        { path: page, text: 'A new standfirst ' + article.id },
        { path: `/topics/${topic.slug}`, text: 'A new standfirst ' + article.id },
      ],
      unrelated: SUMMITS,
    },
  ]

  for (const change of changes) {
    for (const { path } of change.shows) await warm(request, path)
    await warm(request, change.unrelated)
    await change.apply()
    for (const { path, text } of change.shows)
      expect(await (await request.get(path)).text(), `${change.what} → ${path}`).toContain(text)
    expect(
      (await request.get(change.unrelated)).headers()['x-nextjs-cache'],
      `${change.what} left ${change.unrelated} alone`,
    ).toBe('HIT')
  }
})

test('an autosaved draft over a published story changes nothing readers see', async ({
  request,
  playwright,
  baseURL,
}) => {
  const admin = await staffApi(playwright, baseURL, adminLogin())
  const title = unique('Published wording')
  const article = await create(admin, 'articles', { title, _status: 'published' })
  const page = `/articles/${article.slug}`
  await warm(request, page)
  await warm(request, '/feed.xml')
  await patch(admin, `/api/articles/${article.id}?draft=true&autosave=true`, { title: 'Unfinished new wording' })
  const after = await request.get(page)
  expect(after.headers()['x-nextjs-cache']).toBe('HIT')
  expect(await after.text()).toContain(title)
  expect((await request.get('/feed.xml')).headers()['x-nextjs-cache']).toBe('HIT')
})

test('the seed story follows edits to its hero image and its chart’s figures', async ({
  request,
  playwright,
  baseURL,
}) => {
  const admin = await staffApi(playwright, baseURL, adminLogin())
  const page = '/articles/record-trade-200bn'
  const lead = (await (await admin.get('/api/articles?where[slug][equals]=record-trade-200bn&depth=0')).json()) as {
    docs: { heroImage: number }[]
  }
  const heroId = lead.docs[0]!.heroImage
  const hero = (await (await admin.get(`/api/media/${heroId}`)).json()) as { caption: string }
  const indicator = (
    (await (await admin.get('/api/indicators?where[slug][equals]=russia-china-trade-turnover')).json()) as {
      docs: { id: number; points: { period: string; value: number }[] }[]
    }
  ).docs[0]!
  try {
    await warm(request, page)
    await patch(admin, `/api/media/${heroId}`, { caption: 'A recaptioned chart' })
    expect(await (await request.get(page)).text()).toContain('A recaptioned chart')

    await warm(request, page)
    const points = indicator.points.map((point, index) =>
      index === indicator.points.length - 1 ? { ...point, value: 999.99 } : point,
    )
    await patch(admin, `/api/indicators/${indicator.id}`, { points })
    expect(await (await request.get(page)).text()).toContain('999.99')
  } finally {
    await patch(admin, `/api/media/${heroId}`, { caption: hero.caption })
    await patch(admin, `/api/indicators/${indicator.id}`, { points: indicator.points })
  }
})

test('deleting a story makes its URL a 404 and takes it off every list and feed', async ({
  request,
  playwright,
  baseURL,
}) => {
  const admin = await staffApi(playwright, baseURL, adminLogin())
  const title = unique('Story to retract')
  const article = await create(admin, 'articles', { title, _status: 'published' })
  for (const path of ['/', `/articles/${article.slug}`, '/feed.xml', '/sitemaps/articles-1.xml'])
    await warm(request, path)
  expect(await (await request.get('/')).text()).toContain(title)
  expect(await (await request.get('/sitemaps/articles-1.xml')).text()).toContain(`/articles/${article.slug}<`)

  expect((await admin.delete(`/api/articles/${article.id}`)).status()).toBe(200)
  expect((await request.get(`/articles/${article.slug}`)).status()).toBe(404)
  expect(await (await request.get('/')).text()).not.toContain(title)
  expect(await (await request.get('/feed.xml')).text()).not.toContain(title)
  expect(await (await request.get('/sitemaps/articles-1.xml')).text()).not.toContain(`/articles/${article.slug}<`)
})

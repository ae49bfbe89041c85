import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LIST_LIMITS } from '../../lib/server/list-limits'
import { makeActor, type Actor } from '../support/actors'
import { startApiServer } from '../support/api-server'
import { graphqlLists, type GraphqlList } from '../support/graphql-lists'
import { testPayload, unique } from '../support/payload'

const ANONYMOUS = LIST_LIMITS.anonymous
const SIGNED_IN = LIST_LIMITS['signed-in']

type Answer = { status: number; message?: string }

/**
 * One request over HTTP may not ask for the whole archive: REST `limit` and GraphQL `limit`
 * 1–100 for anonymous callers and 1–1,000 for signed-in ones, never 0 or pagination=false,
 * on every collection (read from the Payload config), through the real route handlers.
 */
describe('how many documents one HTTP request may ask for', () => {
  let api: Awaited<ReturnType<typeof startApiServer>>
  let writer: Actor
  let slugs: string[]
  let cookie: string
  let lists: GraphqlList[]

  beforeAll(async () => {
    const payload = await testPayload()
    api = await startApiServer()
    writer = await makeActor(payload, 'writer')
    slugs = payload.config.collections.map((collection) => collection.slug)
    // A browser's session: the cookie the sign-in sets, as the admin sends it.
    const email = `${unique('cookie')}@test.localhost`
    const password = unique('pw')
    await payload.create({ collection: 'users', data: { email, password, name: 'Cookie editor', roles: ['editor'] } })
    const login = await fetch(`${api.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
    expect(cookie).toMatch(/^payload-token=./)
    lists = await graphqlLists((query) => graphql(query).then(({ body }) => body))
  })
  afterAll(async () => api.close())

  const answer = async (response: Response): Promise<Answer> => {
    const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
    return { status: response.status, message: body.errors?.[0]?.message }
  }
  const rest = async (path: string, headers: Record<string, string> = {}) =>
    answer(await fetch(`${api.url}${path}`, { headers }))
  const asWriter = () => ({ authorization: `JWT ${writer.token}` })

  async function graphql(
    query: string,
    options: { headers?: Record<string, string>; variables?: Record<string, unknown> } = {},
  ) {
    const response = await fetch(`${api.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify({ query, variables: options.variables }),
    })
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: { message: string }[] },
    }
  }

  describe('REST', () => {
    it('refuses limit=0, pagination=false and too large a limit to anonymous callers on every collection, with a sentence', async () => {
      expect(slugs).toEqual(expect.arrayContaining(['articles', 'events', 'topics', 'users', 'payload-preferences']))
      for (const slug of slugs) {
        expect(await rest(`/api/${slug}?limit=0`), slug).toEqual({
          status: 400,
          message: expect.stringMatching(
            /^limit 0 would answer every document at once\. limit must be a whole number from 1 to 100/,
          ),
        })
        expect(await rest(`/api/${slug}?pagination=false`), slug).toEqual({
          status: 400,
          message: expect.stringMatching(/^pagination must be true or left out/),
        })
        expect(await rest(`/api/${slug}?limit=${ANONYMOUS + 1}`), slug).toEqual({
          status: 400,
          message: `limit must be a whole number from 1 to ${ANONYMOUS} (up to ${SIGNED_IN} when signed in); ask for the next ones with page=2, page=3 and so on.`,
        })
      }
    })

    it(`answers anonymous callers up to limit=${ANONYMOUS} as Payload answers without a limit`, async () => {
      for (const slug of slugs) {
        const plain = await rest(`/api/${slug}`)
        expect((await rest(`/api/${slug}?limit=${ANONYMOUS}`)).status, slug).toBe(plain.status)
        expect((await rest(`/api/${slug}?limit=1&page=2`)).status, slug).toBe(plain.status)
      }
      const page = (await (await fetch(`${api.url}/api/articles?limit=${ANONYMOUS}`)).json()) as { limit: number }
      expect(page.limit).toBe(ANONYMOUS)
    })

    it(`lets a signed-in user ask for up to ${SIGNED_IN}, by JWT or by session cookie, and never for everything`, async () => {
      for (const slug of slugs) {
        const plain = await rest(`/api/${slug}`, asWriter())
        expect((await rest(`/api/${slug}?limit=${ANONYMOUS + 1}`, asWriter())).status, slug).toBe(plain.status)
        expect((await rest(`/api/${slug}?limit=${SIGNED_IN}`, { cookie })).status, slug).toBe(
          (await rest(`/api/${slug}`, { cookie })).status,
        )
        expect(await rest(`/api/${slug}?limit=${SIGNED_IN + 1}`, asWriter()), slug).toEqual({
          status: 400,
          message: expect.stringMatching(new RegExp(`^limit must be a whole number from 1 to ${SIGNED_IN};`)),
        })
        expect((await rest(`/api/${slug}?limit=0`, asWriter())).status, slug).toBe(400)
        expect((await rest(`/api/${slug}?pagination=false`, { cookie })).status, slug).toBe(400)
      }
      const page = (await (
        await fetch(`${api.url}/api/articles?limit=${SIGNED_IN}`, { headers: asWriter() })
      ).json()) as { limit: number }
      expect(page.limit).toBe(SIGNED_IN)
    })

    it('does not lift the cap for a credential that is only present: a forged cookie or token, or a signed-out session', async () => {
      const forged: Record<string, string>[] = [
        { cookie: 'payload-token=forged' },
        { cookie: `payload-token=${writer.token!.slice(0, -4)}AAAA` },
        { authorization: 'JWT forged' },
        { authorization: `JWT ${writer.token!.slice(0, -4)}AAAA` },
        { authorization: 'Bearer anything' },
      ]
      for (const headers of forged)
        expect((await rest(`/api/articles?limit=${ANONYMOUS + 1}`, headers)).status, JSON.stringify(headers)).toBe(400)

      const payload = await testPayload()
      const email = `${unique('gone')}@test.localhost`
      const password = unique('pw')
      const account = await payload.create({
        collection: 'users',
        data: { email, password, name: 'Soon gone', roles: ['writer'] },
      })
      const { token } = await payload.login({ collection: 'users', data: { email, password } })
      expect((await rest(`/api/articles?limit=${ANONYMOUS + 1}`, { authorization: `JWT ${token}` })).status).toBe(200)
      await payload.delete({ collection: 'users', id: account.id, overrideAccess: true })
      expect((await rest(`/api/articles?limit=${ANONYMOUS + 1}`, { authorization: `JWT ${token}` })).status).toBe(400)
    })

    it('refuses the same through the POST the admin’s relationship pickers send in place of a long GET', async () => {
      const pick = (body: string, headers: Record<string, string> = {}) =>
        fetch(`${api.url}/api/topics`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'x-payload-http-method-override': 'GET',
            ...headers,
          },
          body,
        }).then(answer)
      expect(await pick('limit=0&depth=0')).toEqual({
        status: 400,
        message: expect.stringMatching(/^limit 0 would answer every document at once/),
      })
      expect((await pick('pagination=false')).status).toBe(400)
      expect((await pick(`limit=${ANONYMOUS + 1}`)).status).toBe(400)
      expect((await pick(`limit=${ANONYMOUS + 1}`, { cookie })).status).toBe(200)
      expect((await pick('depth=0&draft=true&limit=10&page=1&select[name]=true&sort=name', { cookie })).status).toBe(
        200,
      )
    })

    it('refuses a limit Payload would read from brackets, and each join’s limit likewise', async () => {
      for (const path of [
        '/api/articles?limit[]=0',
        '/api/articles?[limit]=0',
        '/api/articles?[pagination]=false',
        '/api/events?joins[articles][limit][]=0',
      ]) {
        expect(await rest(path, asWriter()), path).toEqual({
          status: 400,
          message: expect.stringMatching(/^Give .* once/),
        })
      }
      expect(await rest('/api/events?joins[articles][limit]=0')).toEqual({
        status: 400,
        message: expect.stringMatching(/^joins\[articles\]\[limit\] 0 would answer every document at once/),
      })
      expect((await rest(`/api/people?joins[coverage][limit]=${ANONYMOUS + 1}`)).status).toBe(400)
      expect((await rest(`/api/people?joins[coverage][limit]=${ANONYMOUS + 1}`, asWriter())).status).toBe(200)
      expect((await rest('/api/events?joins[articles][limit]=5&joins[statements][limit]=5')).status).toBe(200)
    })

    it('refuses it on versions too', async () => {
      expect((await rest('/api/articles/versions?limit=0', asWriter())).status).toBe(400)
      expect((await rest('/api/articles/versions?pagination=false', asWriter())).status).toBe(400)
      expect((await rest(`/api/articles/versions?limit=${ANONYMOUS + 1}`, asWriter())).status).toBe(200)
    })
  })

  describe('GraphQL', () => {
    const count = async (query: string, headers?: Record<string, string>, variables?: Record<string, unknown>) => {
      const { status, body } = await graphql(query, { headers, variables })
      return { status, message: body.errors?.[0]?.message }
    }

    it('offers a list query for every collection with GraphQL, and its versions', async () => {
      const payload = await testPayload()
      const withGraphql = payload.config.collections.filter((collection) => collection.graphQL !== false)
      const versioned = withGraphql.filter((collection) => collection.versions)
      expect(lists.filter((list) => list.docType !== null)).toHaveLength(withGraphql.length)
      expect(lists.filter((list) => list.query.startsWith('versions'))).toHaveLength(versioned.length)
      expect(lists.flatMap((list) => list.joins.map((join) => `${list.docType}.${join}`))).toEqual(
        expect.arrayContaining(['Event.articles', 'Event.statements', 'Person.coverage']),
      )
    })

    it('refuses limit: 0, pagination: false and too large a limit to anonymous callers on every list, with a sentence', async () => {
      for (const { query } of lists) {
        expect(await count(`{ ${query}(limit: 0) { totalDocs } }`), query).toEqual({
          status: 400,
          message:
            `${query}: limit 0 would answer every document at once. ` +
            `limit must be a whole number from 1 to ${ANONYMOUS} (up to ${SIGNED_IN} when signed in); ` +
            'ask for the next ones with page: 2, page: 3 and so on.',
        })
        expect(await count(`{ ${query}(pagination: false) { totalDocs } }`), query).toEqual({
          status: 400,
          message: expect.stringMatching(new RegExp(`^${query}: pagination must be true or left out`)),
        })
        expect((await count(`{ ${query}(limit: ${ANONYMOUS + 1}) { totalDocs } }`)).status, query).toBe(400)
        expect((await count(`{ ${query}(limit: ${ANONYMOUS}, pagination: true) { totalDocs } }`)).status, query).toBe(
          200,
        )
      }
    })

    it(`lets a signed-in user ask for up to ${SIGNED_IN}, and never for everything`, async () => {
      for (const { query } of lists) {
        expect((await count(`{ ${query}(limit: ${SIGNED_IN}) { totalDocs } }`, asWriter())).status, query).toBe(200)
        expect((await count(`{ ${query}(limit: ${SIGNED_IN + 1}) { totalDocs } }`, asWriter())).message, query).toMatch(
          new RegExp(`^${query}: limit must be a whole number from 1 to ${SIGNED_IN};`),
        )
        expect((await count(`{ ${query}(limit: 0) { totalDocs } }`, asWriter())).status, query).toBe(400)
        expect((await count(`{ ${query}(pagination: false) { totalDocs } }`, { cookie })).status, query).toBe(400)
      }
      expect(
        (await count(`{ Articles(limit: ${ANONYMOUS + 1}) { totalDocs } }`, { authorization: 'JWT forged' })).status,
      ).toBe(400)
      expect(
        (await count(`{ Articles(limit: ${ANONYMOUS + 1}) { totalDocs } }`, { cookie: 'payload-token=forged' })).status,
      ).toBe(400)
    })

    it('checks limits given as variables, defaults included', async () => {
      const query =
        'query List($limit: Int, $pagination: Boolean) { Articles(limit: $limit, pagination: $pagination) { totalDocs } }'
      expect((await count(query, {}, { limit: 0 })).status).toBe(400)
      expect((await count(query, {}, { pagination: false })).status).toBe(400)
      expect((await count(query, {}, { limit: ANONYMOUS + 1 })).status).toBe(400)
      expect((await count(query, asWriter(), { limit: ANONYMOUS + 1 })).status).toBe(200)
      expect((await count(query, {}, { limit: 5 })).status).toBe(200)
      expect((await count('query List($limit: Int = 0) { Articles(limit: $limit) { totalDocs } }')).status).toBe(400)
      expect(
        (
          await count(
            'fragment Page on Query { Topics(limit: $limit) { totalDocs } } query List($limit: Int) { ...Page }',
            {},
            { limit: 0 },
          )
        ).status,
      ).toBe(400)
    })

    it('refuses a join without a limit (Payload then reads every joined document) or with too large a one, on every join', async () => {
      const joins = lists.flatMap(({ query, docType, joins }) => joins.map((join) => ({ query, docType, join })))
      expect(joins.length).toBeGreaterThan(0)
      for (const { query, docType, join } of joins) {
        const ask = (args: string, select = 'docs { id }') =>
          `{ ${query}(limit: 1) { docs { ${join}${args} { ${select} } } } }`
        const name = `${docType}.${join}`
        expect(await count(ask('')), name).toEqual({
          status: 400,
          message: `${name}: a join needs a limit, or Payload answers every joined document at once. limit must be a whole number from 1 to ${ANONYMOUS} (up to ${SIGNED_IN} when signed in).`,
        })
        expect((await count(ask(''), asWriter())).status, name).toBe(400)
        expect(await count(ask('(limit: 0)')), name).toEqual({
          status: 400,
          message: expect.stringMatching(
            new RegExp(`^${name.replace('.', '\\.')}: limit 0 would answer every document at once`),
          ),
        })
        expect((await count(ask(`(limit: ${ANONYMOUS + 1})`))).status, name).toBe(400)
        expect((await count(ask(`(limit: ${ANONYMOUS + 1})`), asWriter())).status, name).toBe(200)
        expect((await count(ask('(limit: 5)'))).status, name).toBe(200)
        // count: true with limit: 0 only counts, which Payload answers without reading the documents.
        expect((await count(ask('(count: true, limit: 0)', 'totalDocs'))).status, name).toBe(200)
      }
    })
  })

  it('has no collection with a trash, whose admin "Empty trash" button counts with GET limit=0', async () => {
    // @payloadcms/ui ListEmptyTrashButton: the one read the admin sends with limit=0. Enabling
    // trash on a collection means letting that request through (lib/server/rest-query-guard.ts).
    const payload = await testPayload()
    expect(
      payload.config.collections.filter((collection) => collection.trash).map((collection) => collection.slug),
    ).toEqual([])
  })

  it('leaves the Local API alone: server code may still read every document at once', async () => {
    const payload = await testPayload()
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
    expect(totalDocs).toBeGreaterThan(1)
    expect((await payload.find({ collection: 'users', limit: 0, overrideAccess: true })).docs).toHaveLength(totalDocs)
    expect((await payload.find({ collection: 'users', pagination: false, overrideAccess: true })).docs).toHaveLength(
      totalDocs,
    )
  })
})

import { describe, expect, it } from 'vitest'

import { LIST_LIMITS, type Caller } from '@/lib/server/list-limits'
import { queryKeyPath } from '@/lib/server/query-keys'
import { MAX_DEPTH, MAX_WRITE_LIMIT, restQueryProblem } from '@/lib/server/rest-query-guard'

const ANONYMOUS = LIST_LIMITS.anonymous
const SIGNED_IN = LIST_LIMITS['signed-in']

const url = (path: string) => new URL(path, 'http://news.example')
const problem = (path: string, caller: Caller = 'anonymous', reading = true) =>
  restQueryProblem(url(path), { reading, caller })

describe('restQueryProblem', () => {
  it.each([
    '/api/articles?limit=10&page=2&depth=1&sort=-publishedAt&draft=true',
    `/api/articles?limit=1&depth=${MAX_DEPTH}`,
    `/api/articles?limit=${ANONYMOUS}&sort=title,-createdAt`,
    '/api/articles?pagination=true',
    `/api/events?joins[articles][limit]=${ANONYMOUS}&joins[statements][limit]=1`,
    '/api/events?joins[articles]=false',
    '/api/articles?where[title][like]=trade',
    '/api/articles?where[limit][equals]=0&select[page]=true',
    '/api/articles/12',
    '/api/users/me',
    '/api/users/login',
    '/api/articles/versions',
    '/api/articles/versions/3',
    '/api/articles/count',
    '/api/media/file/hero-800x450.png',
    '/api/payload-preferences/collection-articles',
    '/api/graphql',
    '/api/health',
  ])('lets %s through', (path) => {
    expect(problem(path)).toBeNull()
  })

  it.each([
    ['/api/articles?limit=-1', 400, /^limit must be a whole number/],
    ['/api/articles?limit=abc', 400, /^limit/],
    ['/api/articles?page=0', 400, /^page must be/],
    ['/api/articles?page=-5', 400, /^page/],
    ['/api/articles?depth=100', 400, /^depth must be/],
    ['/api/articles?depth=1.5', 400, /^depth/],
    ['/api/articles?sort=;drop table articles', 400, /^sort must name fields/],
    ['/api/articles?draft=maybe', 400, /^draft must be true or false/],
    ['/api/articles/not-a-number', 404, /^There is no articles document with the id "not-a-number"/],
    ['/api/articles/%E0%A4%A', 404, /^There is no articles document with the id "%E0%A4%A"/],
    ['/api/articles/versions/abc', 404, /^There is no articles version with the id "abc"/],
    ['/api/articles?where[title][near]=1,2', 400, /^near, within and intersects compare map points/],
    ['/api/events?where[or][0][city][within]=x', 400, /^near, within/],
  ] as const)('refuses %s', (path, status, message) => {
    const found = problem(path)
    expect(found?.status).toBe(status)
    expect(found?.message).toMatch(message)
  })

  describe('how many documents a read may ask for', () => {
    const anonymousRange = `limit must be a whole number from 1 to ${ANONYMOUS} (up to ${SIGNED_IN} when signed in); ask for the next ones with page=2, page=3 and so on.`

    it('refuses limit=0 to everyone, saying it would be every document', () => {
      expect(problem('/api/articles?limit=0')).toEqual({
        status: 400,
        message: `limit 0 would answer every document at once. ${anonymousRange}`,
      })
      expect(problem('/api/articles?limit=0', 'signed-in')?.message).toBe(
        `limit 0 would answer every document at once. limit must be a whole number from 1 to ${SIGNED_IN}; ask for the next ones with page=2, page=3 and so on.`,
      )
    })

    it(`gives anonymous callers 1 to ${ANONYMOUS} and signed-in callers up to ${SIGNED_IN}`, () => {
      expect(problem(`/api/articles?limit=${ANONYMOUS + 1}`)).toEqual({ status: 400, message: anonymousRange })
      expect(problem(`/api/articles?limit=${ANONYMOUS + 1}`, 'signed-in')).toBeNull()
      expect(problem(`/api/articles?limit=${SIGNED_IN}`, 'signed-in')).toBeNull()
      expect(problem(`/api/articles?limit=${SIGNED_IN + 1}`, 'signed-in')?.message).toMatch(
        new RegExp(`^limit must be a whole number from 1 to ${SIGNED_IN};`),
      )
    })

    it.each(['false', 'no', ''])('refuses pagination=%s to everyone', (value) => {
      for (const caller of ['anonymous', 'signed-in'] as const) {
        expect(problem(`/api/articles?pagination=${value}`, caller)).toEqual({
          status: 400,
          message:
            'pagination must be true or left out: pagination=false would answer every document at once. Page through with limit and page.',
        })
      }
    })

    it('holds on every collection, its versions and its distinct values', () => {
      for (const path of [
        '/api/topics?limit=0',
        '/api/users?limit=0',
        '/api/payload-jobs?limit=0',
        '/api/articles/versions?pagination=false',
        '/api/topics/distinct?field=name&limit=0',
      ]) {
        expect(problem(path)?.status, path).toBe(400)
      }
    })

    it('limits each join of a read the same way', () => {
      expect(problem('/api/events?joins[articles][limit]=0')?.message).toBe(
        'joins[articles][limit] 0 would answer every document at once. ' +
          `joins[articles][limit] must be a whole number from 1 to ${ANONYMOUS} (up to ${SIGNED_IN} when signed in); ` +
          'ask for the next ones with joins[articles][page].',
      )
      expect(problem(`/api/people?joins[coverage][limit]=${ANONYMOUS + 1}`)?.status).toBe(400)
      expect(problem(`/api/people?joins[coverage][limit]=${ANONYMOUS + 1}`, 'signed-in')).toBeNull()
      expect(problem(`/api/people?joins[coverage][limit]=${SIGNED_IN + 1}`, 'signed-in')?.status).toBe(400)
    })

    it.each([
      ['/api/articles?limit[]=0', /^Give limit once, as limit=…/],
      ['/api/articles?limit[0]=0', /^Give limit once/],
      ['/api/articles?[limit]=0', /^Give limit once/],
      ['/api/articles?%5Blimit%5D=0', /^Give limit once/],
      ['/api/articles?[limit]x=0', /^Give limit once/],
      ['/api/articles?limit=5&limit=0', /^Give limit once/],
      ['/api/articles?[pagination]=false', /^Give pagination once/],
      ['/api/articles?pagination[]=false', /^Give pagination once/],
      ['/api/articles?page[]=0', /^Give page once/],
      ['/api/articles?depth[]=100', /^Give depth once/],
      ['/api/events?joins[articles][limit][]=0', /^Give joins\[articles\]\[limit\] once/],
      ['/api/events?joins[articles][limit]=5&joins[articles][limit]=0', /^Give joins\[articles\]\[limit\] once/],
      ['/api/events?[joins][articles][limit]=0', /^joins\[articles\]\[limit\] 0 would answer every document/],
    ] as const)('refuses %s, which Payload would read as a limit all the same', (path, message) => {
      expect(problem(path, 'signed-in')?.message).toMatch(message)
    })

    it(`leaves writes their own limit (0 to ${MAX_WRITE_LIMIT}): the admin's bulk delete sends limit=0`, () => {
      expect(problem('/api/articles?limit=0&where[id][in][0]=1', 'anonymous', false)).toBeNull()
      expect(problem('/api/articles?pagination=false', 'anonymous', false)).toBeNull()
      expect(problem(`/api/articles?limit=${MAX_WRITE_LIMIT + 1}`, 'signed-in', false)?.message).toBe(
        `limit must be a whole number from 0 to ${MAX_WRITE_LIMIT}.`,
      )
      expect(problem('/api/articles?limit[]=0', 'signed-in', false)?.message).toMatch(/^Give limit once/)
    })
  })
})

describe('queryKeyPath files a key where qs (Payload’s query parser) does', () => {
  it.each([
    ['limit', ['limit']],
    ['[limit]', ['limit']],
    ['[limit]x', ['limit']],
    ['limit[]', ['limit', '']],
    ['joins[articles][limit]', ['joins', 'articles', 'limit']],
    ['[joins][articles][limit]', ['joins', 'articles', 'limit']],
    ['limit[', ['limit[']],
    ['a[1][2][3][4][5][6][7][8][9][10][11][12]', ['a', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '[11][12]']],
  ])('%s', (key, path) => {
    expect(queryKeyPath(key)).toEqual(path)
  })
})

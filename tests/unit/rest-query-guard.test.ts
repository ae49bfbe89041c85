import { describe, expect, it } from 'vitest'

import { MAX_DEPTH, MAX_LIMIT, restQueryProblem } from '@/lib/server/rest-query-guard'

const problem = (path: string) => restQueryProblem(new URL(path, 'http://news.example'))

describe('restQueryProblem', () => {
  it.each([
    '/api/articles?limit=10&page=2&depth=1&sort=-publishedAt&draft=true',
    `/api/articles?limit=0&depth=${MAX_DEPTH}`,
    `/api/articles?limit=${MAX_LIMIT}&sort=title,-createdAt`,
    '/api/articles?where[title][like]=trade',
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
    [`/api/articles?limit=${MAX_LIMIT + 1}`, 400, /^limit/],
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
})

import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { WARM_UP_HEADER } from '@/lib/server/hot-paths.mjs'
import { linkedPaths, WARM_LINKS, WARM_PATHS, warmUp } from '@/lib/server/warm-up'

/** A stand-in site on loopback that records what it is asked for. */
describe('the warm-up after a start', () => {
  const asked: string[] = []
  let server: http.Server
  let origin = ''
  const articleLinks = Array.from({ length: 30 }, (_, i) => `<a href="/articles/story-${i}">Story ${i}</a>`)
  const eventLinks = Array.from({ length: 8 }, (_, i) => `<a href="/events/summit-${i}">Summit ${i}</a>`)

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      asked.push(request.url ?? '')
      if (request.url === '/') return response.end(`<main>${articleLinks.join('')}${articleLinks[0]}</main>`)
      if (request.url === '/events') return response.end(`<main>${eventLinks.join('')}</main>`)
      if (request.url === '/feed.json') {
        response.statusCode = 500
        return response.end('broken')
      }
      response.end('<p>page</p>')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  it('asks for the entry points, then the latest stories and summits they link to, each once', async () => {
    const warmed = await warmUp(origin)
    const stories = Array.from({ length: WARM_LINKS.articles }, (_, i) => `/articles/story-${i}`)
    const summits = Array.from({ length: WARM_LINKS.events }, (_, i) => `/events/summit-${i}`)
    expect(warmed).toEqual([...WARM_PATHS, ...stories, ...summits])
    expect([...asked].sort()).toEqual([...warmed].sort())
  })

  it('then asks for the pages readers read most, most read first, without those it already asked for', async () => {
    asked.length = 0
    const readMost = ['/articles/old-1', '/', '/topics/energy', '/articles/story-0', 'not-a-path']
    const warmed = await warmUp(origin, { readMost: async (limit) => readMost.slice(0, limit), seconds: 30 })
    expect(warmed.slice(-2)).toEqual(['/articles/old-1', '/topics/energy'])
    expect(asked.filter((one) => one === '/')).toHaveLength(1)
    expect(asked).not.toContain('not-a-path')
  })

  it('stops asking for the most-read pages when its time is up, and goes on without a list it cannot read', async () => {
    const many = Array.from({ length: 500 }, (_, i) => `/articles/read-${i}`)
    const timed = await warmUp(origin, { readMost: async () => many, seconds: 0.05 })
    expect(timed.length).toBeLessThan(WARM_PATHS.length + WARM_LINKS.articles + WARM_LINKS.events + many.length)
    const failing = await warmUp(origin, { readMost: () => Promise.reject(new Error('Redis down')), seconds: 30 })
    expect(failing).toHaveLength(WARM_PATHS.length + WARM_LINKS.articles + WARM_LINKS.events)
  })

  it('marks its own requests, so they are not counted as reading', async () => {
    const headers: string[] = []
    const marking = http.createServer((request, response) => {
      headers.push(String(request.headers[WARM_UP_HEADER]))
      response.end('<p>page</p>')
    })
    await new Promise<void>((resolve) => marking.listen(0, '127.0.0.1', resolve))
    try {
      await warmUp(`http://127.0.0.1:${(marking.address() as AddressInfo).port}`)
      expect(headers.length).toBe(WARM_PATHS.length)
      expect(new Set(headers)).toEqual(new Set(['1']))
    } finally {
      await new Promise((resolve) => marking.close(resolve))
    }
  })

  it('takes only links to slugs, in page order', () => {
    const html =
      '<a href="/articles/a-1">x</a><a href="/articles/../etc">y</a><a href="/articles/B">z</a><a href="/articles/c">c</a>'
    expect(linkedPaths(html, 'articles', 10)).toEqual(['/articles/a-1', '/articles/c'])
    expect(linkedPaths(html, 'articles', 1)).toEqual(['/articles/a-1'])
  })
})

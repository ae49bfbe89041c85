import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import {
  decayedScores,
  fileHotPathStore,
  HotPathCounter,
  KEPT_PATHS,
  warmablePath,
} from '../../lib/server/hot-paths.mjs'

const HOUR = 3_600_000

describe('which answers count as reading a page', () => {
  const get = (url: string, headers: Record<string, unknown> = {}) => ({ method: 'GET', url, headers })

  it('a plain path answered 200 from a cacheable render', () => {
    expect(warmablePath(get('/articles/a'), 200, true)).toBe('/articles/a')
    expect(warmablePath(get('/'), 200, true)).toBe('/')
  })

  it('nothing else', () => {
    expect(warmablePath(get('/articles/a'), 404, true)).toBeNull()
    expect(warmablePath(get('/articles/a'), 200, false)).toBeNull()
    expect(warmablePath({ ...get('/articles/a'), method: 'POST' }, 200, true)).toBeNull()
    expect(warmablePath(get('/search?q=gas'), 200, true)).toBeNull()
    expect(warmablePath(get(`/${'a'.repeat(400)}`), 200, true)).toBeNull()
    expect(warmablePath(get('*'), 200, true)).toBeNull()
    expect(warmablePath(get('/articles/a', { rsc: '1' }), 200, true)).toBeNull()
  })
})

describe('counting between flushes', () => {
  it('counts each path and starts again once taken', () => {
    const counter = new HotPathCounter()
    for (const one of ['/a', '/b', '/a']) counter.record(one)
    expect([...counter.take()]).toEqual([
      ['/a', 2],
      ['/b', 1],
    ])
    expect(counter.take().size).toBe(0)
  })
})

describe('scores over time', () => {
  it('halves older reading every hour and adds the new', () => {
    const now = 10 * HOUR
    const scores = decayedScores(
      { '/old': 8, '/both': 2 },
      now - 2 * HOUR,
      new Map([
        ['/both', 3],
        ['/new', 1],
      ]),
      now,
    )
    expect(scores).toEqual({ '/old': 2, '/both': 3.5, '/new': 1 })
  })

  it('keeps the most read when there are too many', () => {
    const counts = new Map(Array.from({ length: KEPT_PATHS + 10 }, (_, i) => [`/p${i}`, i + 1]))
    const scores = decayedScores({}, 0, counts, HOUR)
    expect(Object.keys(scores)).toHaveLength(KEPT_PATHS)
    expect(scores['/p0']).toBeUndefined()
    expect(scores[`/p${KEPT_PATHS + 9}`]).toBe(KEPT_PATHS + 10)
  })
})

describe("a node's list in a file", () => {
  const dirs: string[] = []
  afterAll(async () => {
    for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true })
  })
  const tempFile = async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-hot-'))
    dirs.push(dir)
    return path.join(dir, 'state', 'hot-paths.json')
  }

  it('is empty before anything was read, and lists the most read first after', async () => {
    const store = fileHotPathStore(await tempFile())
    expect(await store.top(10)).toEqual([])
    await store.add(
      new Map([
        ['/b', 1],
        ['/a', 5],
      ]),
    )
    await store.add(
      new Map([
        ['/c', 3],
        ['/b', 3],
      ]),
    )
    expect(await store.top(10)).toEqual(['/a', '/b', '/c'])
    expect(await store.top(1)).toEqual(['/a'])
  })

  it('survives a process: another store on the same file reads the same list', async () => {
    const file = await tempFile()
    await fileHotPathStore(file).add(new Map([['/x', 2]]))
    expect(await fileHotPathStore(file).top(5)).toEqual(['/x'])
  })

  it('starts again from a file it cannot read, rather than failing', async () => {
    const file = await tempFile()
    await fs.mkdir(path.dirname(file), { recursive: true })
    await fs.writeFile(file, '{ not json')
    const store = fileHotPathStore(file)
    expect(await store.top(5)).toEqual([])
    await store.add(new Map([['/y', 1]]))
    expect(await store.top(5)).toEqual(['/y'])
  })
})

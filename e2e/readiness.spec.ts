import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { freePort } from '../scripts/lib/embedded-postgres'
import { spawnProductionServer } from '../scripts/lib/production-server'
import { secondServerEnv } from './support/second-server'

/*
 * A second production server on the suite's database, watched from the moment it starts: it is
 * healthy before it is ready, says so with 503 on /api/ready while it warms its cache, and once
 * ready serves what readers hit first straight from the cache.
 */
test.describe.configure({ timeout: 240_000 })

test('a new server answers 503 on /api/ready until its cache is warm, then serves the front from the cache', async () => {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-ready-'))
  const server = spawnProductionServer({
    port,
    env: secondServerEnv(origin, path.join(dir, 'hot-paths.json')),
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const status = (page: string) =>
    fetch(`${origin}${page}`, { signal: AbortSignal.timeout(5000) }).then(
      (response) => response.status,
      () => 0,
    )
  try {
    const seen: string[] = []
    const deadline = Date.now() + 150_000
    while (Date.now() < deadline) {
      const [health, ready] = await Promise.all([status('/api/health'), status('/api/ready')])
      seen.push(`${health}/${ready}`)
      if (ready === 200) break
      if (health !== 200) expect(ready, 'never ready before healthy').not.toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    expect(seen.at(-1)).toBe('200/200')
    expect(seen, 'healthy and still warming: 503 on /api/ready').toContain('200/503')

    for (const page of ['/', '/events', '/feed.xml', '/sitemap.xml']) {
      const response = await fetch(`${origin}${page}`)
      expect(response.headers.get('x-nextjs-cache'), page).toBe('HIT')
    }
    const home = await (await fetch(`${origin}/`)).text()
    const latest = /href="(\/articles\/[a-z0-9-]+)"/.exec(home)?.[1]
    expect(latest).toBeDefined()
    expect((await fetch(`${origin}${latest}`)).headers.get('x-nextjs-cache'), latest).toBe('HIT')
  } finally {
    await server.stop()
    await fs.rm(dir, { recursive: true, force: true })
  }
})

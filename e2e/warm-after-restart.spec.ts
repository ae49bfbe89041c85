import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { freePort } from '../scripts/lib/embedded-postgres'
import { startProductionServer, type ProductionServer } from '../scripts/lib/production-server'
import { secondServerEnv } from './support/second-server'

/*
 * A restart keeps what readers read: a server that read a topic page several times and was
 * stopped (SIGTERM, as a deploy does) leaves the list behind, and the next server on the same
 * list renders that page before it says it is ready. Another topic page nobody read is rendered
 * on its first request, as before.
 */
test.describe.configure({ timeout: 300_000 })

test('after a restart, the pages readers read most come from the cache from the first request', async ({ request }) => {
  // Topic pages: neither an entry point nor a latest story, so no warm-up asks for them unless read.
  const { docs } = (await (await request.get('/api/topics?limit=2&sort=slug&depth=0')).json()) as {
    docs: { slug: string }[]
  }
  expect(docs.length, 'the demo newsroom has at least two topics').toBe(2)
  const [read, unread] = docs.map((topic) => `/topics/${topic.slug}`) as [string, string]

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-warm-'))
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const start = () =>
    startProductionServer({
      port,
      env: secondServerEnv(origin, path.join(dir, 'hot-paths.json')),
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
      timeoutMs: 150_000,
    })
  const cacheState = async (page: string) => (await fetch(`${origin}${page}`)).headers.get('x-nextjs-cache')
  let server: ProductionServer | null = null
  try {
    server = await start()
    for (let i = 0; i < 3; i += 1) expect((await fetch(`${origin}${read}`)).status).toBe(200)
    await server.stop()
    server = null
    const saved = JSON.parse(await fs.readFile(path.join(dir, 'hot-paths.json'), 'utf8')) as {
      scores: Record<string, number>
    }
    expect(saved.scores[read], 'the stopped server saved what it served').toBe(3)
    expect(saved.scores[unread]).toBeUndefined()

    server = await start()
    expect(await cacheState(read), `${read}, read before the restart`).toBe('HIT')
    expect(await cacheState(unread), `${unread}, never read`).toBe('MISS')
  } finally {
    await server?.stop()
    await fs.rm(dir, { recursive: true, force: true })
  }
})

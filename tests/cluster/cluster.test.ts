import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOGIN_ATTEMPTS_PER_CLIENT } from '../../lib/http/login-limits'
import { SEARCHES_PER_CLIENT } from '../../lib/http/search-limits'
import { edgeRequest } from '../support/edge-request'
import type { GroupProcess } from '../support/loopback-process'
import { until } from '../support/until'
import { SCRIPT_NODE_ARGS } from '../../scripts/lib/script-node-args'
import { startCluster, type Cluster } from './support/cluster'

const execFileAsync = promisify(execFile)

/*
 * Two production nodes, Redis, PostgreSQL (a primary and the streaming replica the nodes read
 * from), an S3 server and Varnish on loopback (tests/cluster/support): a publish on one node
 * reaches the other node and the edge by the bus and the purge, and every component can fail
 * without readers seeing an error.
 */

interface Answer {
  status: number
  text: string
  cache: string | null
}

async function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${origin}${path}`, { headers, redirect: 'manual' })
  return { status: response.status, text: await response.text(), cache: response.headers.get('x-cache') }
}

let cluster: Cluster
let token: string
/** The seeded topic the new stories are filed under, and pages shown before they exist. */
let topic: { id: number; slug: string }
let articlePaths: string[]

/** The destinations the outbox row naming `tag` has still to reach. */
async function outboxPending(tag: string): Promise<string[]> {
  const db = new pg.Client({ connectionString: cluster.databaseUrl })
  await db.connect()
  try {
    const { rows } = await db.query<{ pending: string[] | null }>(
      'select pending from cache_expiry_outbox where $1 = any(exact) order by id desc limit 1',
      [tag],
    )
    return rows[0]?.pending ?? []
  } finally {
    await db.end()
  }
}

async function api<T>(origin: string, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${origin}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers },
  })
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** Runs one of the project's TypeScript scripts beside the nodes, on their database. */
async function runScript(script: string, args: string[]): Promise<void> {
  await execFileAsync(process.execPath, [...SCRIPT_NODE_ARGS, script, ...args], { env: cluster.env })
}

/** Publishes a story under `topic` through a node's REST API, as the admin's Publish does. */
const slugOf = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-')

async function publishOn(origin: string, title: string): Promise<string> {
  const slug = slugOf(title)
  await api(origin, '/api/articles', {
    method: 'POST',
    body: JSON.stringify({ title, slug, _status: 'published', topics: [topic.id] }),
  })
  return slug
}

/** Each surface that must show a new story, and what on it shows the story. */
const surfaces = (title: string, slug: string) => [
  { path: '/', shows: title },
  { path: `/topics/${topic.slug}`, shows: title },
  { path: '/feed.xml', shows: title },
  { path: '/news-sitemap.xml', shows: `/articles/${slug}` },
]

/** Asks until `origin` shows the story on every surface; resolves with how long each took (ms from `since`). */
async function visibleEverywhere(origin: string, title: string, slug: string, since: number, timeoutMs: number) {
  const took: Record<string, number> = {}
  await Promise.all(
    surfaces(title, slug).map(async ({ path, shows }) => {
      await until(async () => (await get(origin, path)).text.includes(shows), timeoutMs)
      took[path] = Date.now() - since
    }),
  )
  return took
}

/** Requests a path until the edge answers it from its cache. */
async function edgeHit(path: string): Promise<void> {
  await until(async () => (await get(cluster.varnish.url, path)).cache === 'HIT', 15_000)
}

beforeAll(async () => {
  cluster = await startCluster({ workers: 2, replica: true })
  const login = await fetch(`${cluster.a.origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(cluster.admin),
  })
  token = ((await login.json()) as { token: string }).token
  const topics = await api<{ docs: { id: number; slug: string }[] }>(cluster.a.origin, '/api/topics?limit=1&sort=id')
  topic = topics.docs[0]!
  const articles = await api<{ docs: { slug: string }[] }>(
    cluster.a.origin,
    '/api/articles?limit=6&sort=-publishedAt&where[_status][equals]=published&depth=0',
  )
  articlePaths = articles.docs.map((article) => `/articles/${article.slug}`)
  // Both nodes cache every page, so whichever the edge asks answers with its surrogate keys.
  for (const path of [...surfaces('', '').map((surface) => surface.path), ...articlePaths]) {
    for (const origin of [cluster.a.origin, cluster.b.origin]) {
      await get(origin, path)
      await get(origin, path)
    }
    await edgeHit(path)
  }
}, 240_000)

afterAll(async () => {
  const written = (await cluster?.errors()) ?? ''
  if (written.trim()) console.log(`What the nodes wrote to stderr:\n${written.slice(-3000)}`)
  await cluster?.stop()
}, 60_000)

describe('two nodes behind the edge', () => {
  it('a publish on node A reaches node B by the bus and the edge by the purge, well before any poll', async () => {
    const title = `Cluster publish ${Date.now().toString(36)}`
    for (const { path, shows } of surfaces(title, 'not-yet')) {
      expect((await get(cluster.b.origin, path)).text).not.toContain(shows)
      expect((await get(cluster.varnish.url, path)).cache).toBe('HIT')
    }
    // The story's own address, asked before it exists: a 404 kept by node B and by the edge,
    // under the slug's tag, which the publish must purge.
    const page = `/articles/${slugOf(title)}`
    for (let i = 0; i < 2; i += 1) expect((await get(cluster.b.origin, page)).status).toBe(404)
    await edgeHit(page)
    expect((await get(cluster.varnish.url, page)).status).toBe(404)
    const since = Date.now()
    const slug = await publishOn(cluster.a.origin, title)
    const showsPage = async (origin: string) => {
      await until(async () => (await get(origin, page)).text.includes(title), 5_000)
      return { [page]: Date.now() - since }
    }
    const [onB, atEdge, pageOnB, pageAtEdge] = await Promise.all([
      visibleEverywhere(cluster.b.origin, title, slug, since, 5_000),
      visibleEverywhere(cluster.varnish.url, title, slug, since, 5_000),
      showsPage(cluster.b.origin),
      showsPage(cluster.varnish.url),
    ])
    Object.assign(onB, pageOnB)
    Object.assign(atEdge, pageAtEdge)
    console.log(`publish → visible on node B ${JSON.stringify(onB)} ms, at the edge ${JSON.stringify(atEdge)} ms`)
    // The nodes poll the bus every EXPIRY_POLL_SECONDS (600 s here): only a message could be this quick.
    for (const took of [...Object.values(onB), ...Object.values(atEdge)]) expect(took).toBeLessThan(3_000)
  })

  it('leaves a page that shows nothing of the change an edge hit', async () => {
    const before = await Promise.all(articlePaths.map((path) => get(cluster.varnish.url, path)))
    const title = `Unrelated ${Date.now().toString(36)}`
    const slug = await publishOn(cluster.a.origin, title)
    await visibleEverywhere(cluster.varnish.url, title, slug, Date.now(), 5_000)
    // Past the second purge too.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    const after = await Promise.all(articlePaths.map((path) => get(cluster.varnish.url, path)))
    // Stories filed under other topics than the new one's are untouched at the edge.
    const untouched = articlePaths.filter((_, index) => before[index]!.cache === 'HIT' && after[index]!.cache === 'HIT')
    expect(untouched.length).toBeGreaterThan(0)
  })

  it('refuses a purge from an address that is not an app node, and keeps the page', async () => {
    // After the publishes above: the first answer of a re-render is not kept (it has no keys), the next is.
    await edgeHit('/')
    const refused = await edgeRequest(`${cluster.varnish.url}/`, {
      method: 'PURGE',
      headers: { 'xkey-purge': 'list:articles:head articles' },
      localAddress: '127.0.0.2',
    })
    expect(refused.status).toBe(403)
    expect((await get(cluster.varnish.url, '/')).cache).toBe('HIT')
  })

  it('passes the admin, the API and signed-in or preview readers to a node, never from its cache', async () => {
    for (let i = 0; i < 2; i += 1) {
      expect((await get(cluster.varnish.url, '/admin')).cache).toBe('PASS')
      expect((await get(cluster.varnish.url, '/api/health')).cache).toBe('PASS')
      expect((await get(cluster.varnish.url, '/', { cookie: `payload-token=${token}` })).cache).toBe('PASS')
      expect((await get(cluster.varnish.url, '/', { cookie: '__prerender_bypass=1' })).cache).toBe('PASS')
    }
  })

  it("counts one client's failed sign-ins and searches on both nodes together, not per node", async () => {
    // A reader the nodes know from X-Forwarded-For (loopback, where the test runs, is a trusted proxy).
    const from = (address: string) => ({ 'x-forwarded-for': address })
    const signIn = (origin: string, address: string, password = 'not the password') =>
      fetch(`${origin}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...from(address) },
        body: JSON.stringify({ email: cluster.admin.email, password }),
      }).then((response) => response.status)
    const guesser = '203.0.113.10'
    const nodes = [cluster.a.origin, cluster.b.origin]
    const failures: number[] = []
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_CLIENT; i += 1) failures.push(await signIn(nodes[i % 2]!, guesser))
    expect(failures).toEqual(Array(LOGIN_ATTEMPTS_PER_CLIENT).fill(401))
    // Five failures on each node: either refuses the guesser now, even with the right password.
    for (const origin of nodes) expect(await signIn(origin, guesser, cluster.admin.password)).toBe(429)
    expect(await signIn(cluster.b.origin, '203.0.113.11', cluster.admin.password)).toBe(200)

    const searchFrom = (origin: string, address: string, i: number) =>
      get(origin, `/search?q=summit+${i}`, from(address)).then((answer) => answer.status)
    const statuses: number[] = []
    for (let i = 0; i <= SEARCHES_PER_CLIENT; i += 1) statuses.push(await searchFrom(nodes[i % 2]!, '203.0.113.12', i))
    expect(statuses.slice(0, SEARCHES_PER_CLIENT)).toEqual(Array(SEARCHES_PER_CLIENT).fill(200))
    expect(statuses.at(-1)).toBe(429)
    expect(await searchFrom(cluster.b.origin, '203.0.113.13', 0)).toBe(200)
  })

  it('keeps serving through a Redis outage, shows a node its own change, and converges when Redis returns', async () => {
    await cluster.redis.stop()
    try {
      await throughRedisOutage()
    } finally {
      // Whatever failed above, the tests after this one need the bus (a no-op when it runs).
      await cluster.redis.start()
    }
  })

  async function throughRedisOutage() {
    const errors: string[] = []
    const read = async () => {
      for (const origin of [cluster.a.origin, cluster.b.origin, cluster.varnish.url]) {
        for (const path of ['/', `/topics/${topic.slug}`, '/feed.xml', articlePaths[0]!]) {
          const answer = await get(origin, path)
          if (answer.status !== 200) errors.push(`${origin}${path}: ${answer.status}`)
        }
      }
    }
    await read()
    const title = `During the outage ${Date.now().toString(36)}`
    const slug = await publishOn(cluster.b.origin, title)
    // B applies its own change at once. The edge is purged only once the bus has it: purged
    // now, it would refill from A, which cannot know yet, and keep that old page for a day.
    await visibleEverywhere(cluster.b.origin, title, slug, Date.now(), 3_000)
    await read()
    // (The edge may still show the story, fetched from B; what it must not do is be purged
    // while A cannot know, then refill from A.)
    const pending = await outboxPending(`articles:${slug}`)
    expect(pending).toContain('bus')
    expect(pending.some((destination) => destination.startsWith('edge:'))).toBe(true)
    await cluster.redis.start()
    // The outbox retries the bus, then purges the edge; A catches up on reconnecting (Redis came
    // back empty, so A expires everything): well before its 600 s poll.
    await Promise.all([
      visibleEverywhere(cluster.a.origin, title, slug, Date.now(), 15_000),
      visibleEverywhere(cluster.varnish.url, title, slug, Date.now(), 15_000),
    ])
    await read()
    expect(errors).toEqual([])
  }

  it('publishes a story scheduled a minute ahead once, with two workers, on both nodes and the edge', async () => {
    const [running, standingBy] = cluster.workers as [GroupProcess, GroupProcess]
    expect(running.output()).toContain('running the jobs queue')
    expect(standingBy.output()).toContain('standing by')
    const title = `Scheduled ${Date.now().toString(36)}`
    const slug = slugOf(title)
    const { doc } = await api<{ doc: { id: number } }>(cluster.a.origin, '/api/articles', {
      method: 'POST',
      body: JSON.stringify({ title, slug, _status: 'draft', topics: [topic.id] }),
    })
    const { user } = await api<{ user: { id: number } }>(cluster.a.origin, '/api/users/me')
    const due = Date.now() + 60_000
    // Queued as the admin's "Schedule publish" queues it, from a script beside the nodes.
    await runScript('e2e/support/schedule-from-script.ts', [
      String(doc.id),
      String(user.id),
      new Date(due).toISOString(),
    ])
    // The worker holding the lease goes (a deploy); the one standing by must take the job over.
    await running.stop()
    expect((await get(cluster.a.origin, `/articles/${slug}`)).status).toBe(404)
    await Promise.all([
      visibleEverywhere(cluster.a.origin, title, slug, due, 90_000),
      visibleEverywhere(cluster.b.origin, title, slug, due, 90_000),
      visibleEverywhere(cluster.varnish.url, title, slug, due, 90_000),
    ])
    expect(Date.now()).toBeGreaterThanOrEqual(due)
    const db = new pg.Client({ connectionString: cluster.databaseUrl })
    await db.connect()
    try {
      // Done, and gone: Payload deletes a job that completed, and keeps one that failed or waits.
      const left = await db.query(
        `select id from payload_jobs where task_slug = 'schedulePublish' and input -> 'doc' ->> 'value' = $1`,
        [String(doc.id)],
      )
      expect(left.rows).toEqual([])
      // Each run of the job is a save, and each save a version: one published version, one run.
      const published = await db.query<{ count: string }>(
        `select count(*) from _articles_v where parent_id = $1 and version__status = 'published'`,
        [doc.id],
      )
      expect(published.rows[0]?.count).toBe('1')
    } finally {
      await db.end()
    }
  }, 150_000)

  describe('media in the bucket', () => {
    /** Solid, so a crop of it has this colour throughout and a drawn card does not. */
    const PHOTO_COLOUR = { r: 42, g: 111, b: 151 }
    let image: { id: number; filename: string; sizes: Record<string, { filename: string }> }
    let story: string

    async function uploadOn(origin: string, name: string): Promise<Response> {
      const photo = await sharp({ create: { width: 1800, height: 1000, channels: 3, background: PHOTO_COLOUR } })
        .jpeg()
        .toBuffer()
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), `${name}.jpg`)
      form.append('_payload', JSON.stringify({ alt: `Delegations arriving (${name})` }))
      return fetch(`${origin}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
    }
    const mediaCount = async () =>
      (await api<{ totalDocs: number }>(cluster.a.origin, '/api/media?limit=1&depth=0')).totalDocs
    const md5 = (bytes: ArrayBuffer) => `"${createHash('md5').update(new Uint8Array(bytes)).digest('hex')}"`

    async function photoColoured(response: Response): Promise<boolean> {
      const { channels } = await sharp(Buffer.from(await response.arrayBuffer())).stats()
      const [r, g, b] = channels.map((channel) => channel.mean)
      return Math.abs(r! - PHOTO_COLOUR.r) < 8 && Math.abs(g! - PHOTO_COLOUR.g) < 8 && Math.abs(b! - PHOTO_COLOUR.b) < 8
    }

    it('an image uploaded on node A is served by node B and the edge, and cut by B for its story’s cards', async () => {
      const uploaded = await uploadOn(cluster.a.origin, 'cluster-delegations')
      expect(uploaded.status, await uploaded.clone().text()).toBe(201)
      image = ((await uploaded.json()) as { doc: typeof image }).doc
      const names = [image.filename, ...Object.values(image.sizes).map((size) => size.filename)]
      const objects = await cluster.s3.objects(cluster.bucket)
      for (const name of names) expect(objects, name).toHaveProperty([name])
      // Nothing on node A's disk: B can only have it from the bucket.
      await expect(fs.access(path.join(cluster.env.MEDIA_DIR!, image.filename))).rejects.toThrow()

      for (const name of names) {
        const fromB = await fetch(`${cluster.b.origin}/api/media/file/${encodeURIComponent(name)}`)
        expect(fromB.status, name).toBe(200)
        expect(md5(await fromB.arrayBuffer())).toBe(objects[name])
      }
      const card = `/api/media/file/${encodeURIComponent(image.sizes.card!.filename)}`
      expect((await get(cluster.varnish.url, card)).cache).toBe('MISS')
      await edgeHit(card)

      story = await (async () => {
        const title = 'Delegations arrive for the summit in pictures'
        const slug = slugOf(title)
        await api(cluster.a.origin, '/api/articles', {
          method: 'POST',
          body: JSON.stringify({ title, slug, _status: 'published', topics: [topic.id], heroImage: image.id }),
        })
        return slug
      })()
      const page = await get(cluster.b.origin, `/articles/${story}`)
      expect(page.status).toBe(200)
      expect(page.text).toContain(`/api/media/file/${image.sizes.card!.filename}`)
      // Its search-engine and social cards name the hero's crop, which node B cuts from the original.
      expect(page.text).toContain(`/articles/${story}/hero/16x9.jpg`)
      const crop = await fetch(`${cluster.b.origin}/articles/${story}/hero/16x9.jpg`)
      expect(crop.status).toBe(200)
      expect(crop.headers.get('content-type')).toBe('image/jpeg')
      expect(await photoColoured(crop)).toBe(true)
    })

    it('with object storage down: cached pages and images still served, the rest a clear 503, uploads refused with a message, nothing lost; back without a restart', async () => {
      expect(image).toBeDefined()
      const card = `/api/media/file/${encodeURIComponent(image.sizes.card!.filename)}`
      const thumbnail = `/api/media/file/${encodeURIComponent(image.sizes.thumbnail!.filename)}`
      await edgeHit(`/articles/${story}`)
      const before = await mediaCount()
      await cluster.s3.stop()
      try {
        expect((await get(cluster.varnish.url, `/articles/${story}`)).status).toBe(200)
        expect((await get(cluster.varnish.url, card)).status).toBe(200)

        const uncached = await fetch(`${cluster.b.origin}${thumbnail}`)
        expect(uncached.status).toBe(503)
        expect(uncached.headers.get('cache-control')).toBe('no-store')
        expect(uncached.headers.get('retry-after')).toBe('30')
        expect(await uncached.json()).toEqual({
          errors: [{ message: 'Images cannot be read from object storage right now. Try again in a moment.' }],
        })
        const uncut = await fetch(`${cluster.b.origin}/articles/${story}/hero/4x3.jpg`)
        expect(uncut.status).toBe(503)
        expect(uncut.headers.get('cache-control')).toBe('no-store')

        const refused = await uploadOn(cluster.a.origin, 'during-the-outage')
        expect(refused.status).toBe(503)
        expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
          /object storage is not answering\. Nothing was saved; try again in a moment/,
        )
        expect(await mediaCount()).toBe(before)
      } finally {
        await cluster.s3.start()
      }
      expect((await fetch(`${cluster.b.origin}${thumbnail}`)).status).toBe(200)
      const cut = await fetch(`${cluster.b.origin}/articles/${story}/hero/4x3.jpg`)
      expect(cut.status).toBe(200)
      expect(await photoColoured(cut)).toBe(true)
      expect((await uploadOn(cluster.a.origin, 'after-the-outage')).status).toBe(201)
      expect(await mediaCount()).toBe(before + 1)
    })
  })

  describe('reads from a streaming replica', () => {
    it('a publish read back from node B while the replica lags is never cached stale', async () => {
      const page = `/topics/${topic.slug}`
      await get(cluster.b.origin, page)
      expect((await get(cluster.b.origin, page)).status).toBe(200)
      await edgeHit(page)
      await cluster.replica!.pauseReplay()
      try {
        const title = `Replica lag ${Date.now().toString(36)}`
        const slug = await publishOn(cluster.a.origin, title)
        // Told of it once the wait for the replica is over, node B re-renders from the primary…
        await until(async () => (await get(cluster.b.origin, page)).text.includes(title), 15_000)
        // …and what it cached has the story: nothing stale was kept while the replica lagged.
        for (let i = 0; i < 5; i += 1) expect((await get(cluster.b.origin, page)).text).toContain(title)
        expect((await get(cluster.b.origin, `/articles/${slug}`)).status).toBe(200)
        await until(async () => (await get(cluster.varnish.url, page)).text.includes(title), 15_000)
      } finally {
        await cluster.replica!.resumeReplay()
      }
    })

    it('with the replica stopped, readers get pages (or a clear 503, never a 500), a publish shows, and it recovers', async () => {
      const statuses = new Set<number>()
      const ask = async (path: string) => {
        const answer = await get(cluster.b.origin, path)
        statuses.add(answer.status)
        return answer
      }
      await cluster.replica!.stop()
      try {
        // Pages not in the node's cache render (from the primary, once the node has noticed).
        for (const path of articlePaths.slice(0, 3)) await ask(`${path}?replica-down=${Date.now()}`)
        await until(async () => (await ask(`/search?q=summit&n=${Date.now()}`)).status === 200, 10_000)
        const title = `Replica down ${Date.now().toString(36)}`
        const slug = await publishOn(cluster.a.origin, title)
        await until(async () => (await ask(`/topics/${topic.slug}`)).text.includes(title), 15_000)
        expect((await ask(`/articles/${slug}`)).status).toBe(200)
        expect([...statuses].filter((status) => status !== 200 && status !== 503)).toEqual([])
      } finally {
        await cluster.replica!.start()
      }
      // Back: a change made while it was down has reached it, and reads go on.
      const title = `Replica back ${Date.now().toString(36)}`
      await publishOn(cluster.a.origin, title)
      await until(async () => (await get(cluster.b.origin, `/topics/${topic.slug}`)).text.includes(title), 15_000)
    })
  })

  it('serves readers from node B when node A dies', async () => {
    process.kill(-cluster.a.child.pid!, 'SIGKILL')
    const errors: string[] = []
    // Cached pages at once; pages the edge never stored come from B, before and after the
    // probe marks A sick.
    const deadline = Date.now() + 6_000
    for (let i = 0; Date.now() < deadline; i += 1) {
      for (const path of ['/', `/articles/none-such-${i}`, `/topics/${topic.slug}/page/2`, `/feed.atom?i=${i}`]) {
        const answer = await get(cluster.varnish.url, path)
        if (answer.status >= 500) errors.push(`${path}: ${answer.status}`)
      }
    }
    expect(errors).toEqual([])
  })

  it('a node stopped with SIGTERM finishes the requests it has and flushes its outbox before it exits', async () => {
    const title = `Last words ${Date.now().toString(36)}`
    await publishOn(cluster.b.origin, title)
    // Renders nobody has asked for yet (tens of milliseconds each, four at once on two cores):
    // still in progress when the signal comes.
    const inFlight = [`/topics/${topic.slug}/page/3`, '/articles/none-such-last', '/events', '/search?q=summit'].map(
      (path) => get(cluster.b.origin, path),
    )
    await new Promise((resolve) => setTimeout(resolve, 100))
    const exited = new Promise<number | null>((resolve) => cluster.b.child.once('exit', (code) => resolve(code)))
    process.kill(-cluster.b.child.pid!, 'SIGTERM')
    const answers = await Promise.all(inFlight)
    expect(answers.map((answer) => answer.status >= 500)).toEqual([false, false, false, false])
    expect(await exited).toBe(0)
    // No node is left to deliver for it: B delivered everything before it went.
    const db = new pg.Client({ connectionString: cluster.databaseUrl })
    await db.connect()
    const { rows } = await db.query<{ left: number }>(
      'select count(*)::int as left from cache_expiry_outbox where delivered_at is null',
    )
    await db.end()
    expect(rows[0]!.left).toBe(0)
  })
})

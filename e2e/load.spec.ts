import { readdirSync, readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'
import autocannon from 'autocannon'

/*
 * A busy hour in a minute: 64 connections for 60 seconds over reader pages, archives, feeds,
 * sitemaps and searches (one request in fifty a query nobody asked before: each costs a full
 * render, and nginx holds one client to five searches a second), against the
 * production server. No error, no 5xx; afterwards the server's memory stays flat and within
 * the 600 MB budget (its heap is capped at 512 MB, scripts/lib/production-server.ts).
 */
test.describe.configure({ timeout: 180_000 })

/** Resident memory of the Next server in the suite's server process group, in MB. */
function serverMemoryMb(): number {
  const group = process.env.E2E_SERVER_GROUP
  if (!group) throw new Error('e2e/support/global-setup.ts did not record the server')
  let kb = 0
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      // Fields after the command name (which may hold spaces): state, ppid, pgrp, …
      const pgrp = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]
      if (pgrp !== group || !readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('next-server')) continue
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      // The process ended while we looked.
    }
  }
  return Math.round(kb / 1024)
}

const READER_PATHS = [
  '/',
  '/articles/record-trade-200bn',
  '/topics/trade',
  '/topics/trade/page/2',
  '/events',
  '/events/putin-state-visit-china-2024',
  '/statements/1',
  '/people/xi-jinping',
  '/feed.xml',
  '/feed.atom',
  '/feed.json',
  '/topics/trade/feed.xml',
  '/sitemap.xml',
  '/news-sitemap.xml',
  '/search?q=trade',
  '/search?q=gas+pipeline',
  '/articles/record-trade-200bn/og.png',
  '/robots.txt',
]

async function busyMinute(baseURL: string): Promise<autocannon.Result> {
  let next = 0
  return autocannon({
    url: baseURL,
    connections: 64,
    duration: 60,
    // A request still unanswered after this long counts as an error.
    timeout: 20,
    requests: [
      {
        setupRequest: (request) => {
          next += 1
          const path =
            next % 50 === 0
              ? `/search?q=${encodeURIComponent(`summit x${next}`)}`
              : READER_PATHS[next % READER_PATHS.length]!
          return { ...request, path }
        },
      },
    ],
  })
}

test('64 connections for a minute: no errors, no 5xx, and memory flat afterwards', async ({ request, baseURL }) => {
  // Every path answers 200 before the load, so any non-2xx under load is the load's doing.
  for (const path of READER_PATHS) expect((await request.get(path)).status(), path).toBe(200)
  const before = serverMemoryMb()
  const result = await busyMinute(baseURL!)
  const afterLoad = serverMemoryMb()
  await new Promise((resolve) => setTimeout(resolve, 15_000))
  const afterRest = serverMemoryMb()
  console.log(
    `load: ${result.requests.total} requests, ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms; server memory ${before} → ${afterLoad} → ${afterRest} MB`,
  )

  expect(result.errors, 'connection errors').toBe(0)
  expect(result.timeouts, 'timeouts').toBe(0)
  expect(result.non2xx, 'non-2xx answers').toBe(0)
  expect(result.requests.total).toBeGreaterThan(2000)
  expect(afterLoad).toBeGreaterThan(0)
  expect(afterLoad).toBeLessThanOrEqual(600)
  // Flat afterwards: nothing keeps growing once the readers have gone.
  expect(afterRest).toBeLessThanOrEqual(Math.round(afterLoad * 1.05))
})

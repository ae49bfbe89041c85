import { revalidateTag } from 'next/cache'
import type { Payload } from 'payload'

import { internalUrl, redisUrl, staleBoundSeconds } from '../server/env'
import { revalidationToken } from './revalidation-token'
import type { Expiry } from './tags-for-change'

/**
 * Expires what a change expires (`tagsForChange`), wherever the save happened.
 *
 * Inside a Next request (admin saves, REST, GraphQL, the jobs endpoint) `revalidateTag` is
 * queued by Next and applied when the request ends — after Payload has committed — so the
 * first request after the response sees the change. Exact tags go with `{ expire: 0 }`, which
 * drops the entry outright; bounded ones with `{ expire: staleBoundSeconds() }`, which lets
 * the cache handler serve a page made before the change while it is re-rendered, until then.
 *
 * Outside a request (scripts, seeds, the jobs queue's scheduled publishes) there is no Next
 * request whose end could apply them, so the tags are posted to the running server once every
 * open transaction has finished — or, with a bus (REDIS_URL), left to the outbox.
 */
export function revalidateTags(
  expiry: Expiry,
  payload: Payload,
  { inRequest = true }: { inRequest?: boolean } = {},
): void {
  if (expiry.exact.length === 0 && expiry.bounded.length === 0) return
  // A timer (the jobs queue's cron) can carry the async context of the request that was
  // running when it was set; expiring there would queue tags on a request long finished.
  if (inRequest && expireInThisRequest(expiry)) return
  // With a bus, the change's outbox row (lib/cache/outbox/record.ts) reaches every node, the
  // one at INTERNAL_URL included: a worker or script beside several nodes has nothing to post.
  if (redisUrl()) return
  for (const tag of expiry.exact) pending.exact.add(tag)
  for (const tag of expiry.bounded) pending.bounded.add(tag)
  scheduleFlush(payload)
}

/** Applies an expiry to this server's cache: exact tags at once, bounded ones after the staleness bound. */
export function applyExpiry(expiry: Expiry): void {
  for (const tag of expiry.exact) revalidateTag(tag, { expire: 0 })
  const bound = staleBoundSeconds()
  for (const tag of expiry.bounded) revalidateTag(tag, { expire: bound })
}

function expireInThisRequest(expiry: Expiry): boolean {
  try {
    applyExpiry(expiry)
    return true
  } catch (error) {
    if (error instanceof Error && /static generation store missing|outside a request scope/i.test(error.message)) {
      return false
    }
    throw error
  }
}

const pending = { exact: new Set<string>(), bounded: new Set<string>() }
const pendingCount = () => pending.exact.size + pending.bounded.size
let flushTimer: NodeJS.Timeout | undefined
let inFlight: Promise<void> = Promise.resolve()
const FLUSH_POLL_MS = 20

function openTransactions(payload: Payload): number {
  return Object.keys(payload.db.sessions ?? {}).length
}

function scheduleFlush(payload: Payload): void {
  if (flushTimer) return
  flushTimer = setTimeout(function tick() {
    // A save's hooks run before its transaction commits; posting earlier would let a reader
    // request re-cache the old content between our expiry and the commit.
    if (openTransactions(payload) > 0) {
      flushTimer = setTimeout(tick, FLUSH_POLL_MS)
      return
    }
    flushTimer = undefined
    inFlight = inFlight.then(() => postPending(payload))
  }, FLUSH_POLL_MS)
}

/** Resolves once every tag queued so far has been delivered (or found nobody to deliver to). */
export async function flushRevalidations(payload: Payload): Promise<void> {
  while (flushTimer || pendingCount() > 0) {
    if (!flushTimer) scheduleFlush(payload)
    await new Promise((resolve) => setTimeout(resolve, FLUSH_POLL_MS))
  }
  await inFlight
}

async function postPending(payload: Payload): Promise<void> {
  // A tag both exact and bounded is exact.
  const exact = [...pending.exact]
  const bounded = [...pending.bounded].filter((tag) => !pending.exact.has(tag))
  pending.exact.clear()
  pending.bounded.clear()
  if (exact.length === 0 && bounded.length === 0) return
  const url = `${internalUrl()}/api/revalidate`
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${revalidationToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: exact, boundedTags: bounded }),
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) {
      payload.logger.warn(`Cache revalidation at ${url} answered ${response.status}: ${await response.text()}`)
    }
  } catch (error) {
    // No server running means no cache to invalidate: its cache starts empty (memory only).
    const reason =
      error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
    payload.logger.debug(`No server at ${url} to revalidate (${reason}); nothing cached to expire.`)
  }
}

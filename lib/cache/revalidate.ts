import { revalidateTag } from 'next/cache'
import type { Payload } from 'payload'

import { internalUrl } from '../server/env'
import { revalidationToken } from './revalidation-token'

/**
 * Expires cache tags now, wherever the save happened.
 *
 * Inside a Next request (admin saves, REST, GraphQL, the jobs endpoint) `revalidateTag` is
 * queued by Next and applied when the request ends — after Payload has committed — so the
 * first request after the response sees the change. `{ expire: 0 }` drops the entry outright;
 * the default profile would only mark it stale and serve the old page once more.
 *
 * Outside a request (scripts, seeds, the jobs queue's scheduled publishes) there is no Next
 * request whose end could apply them, so the
 * tags are posted to the running server once every open transaction has finished.
 */
export function revalidateTags(
  tagList: string[],
  payload: Payload,
  { inRequest = true }: { inRequest?: boolean } = {},
): void {
  if (tagList.length === 0) return
  // A timer (the jobs queue's cron) can carry the async context of the request that was
  // running when it was set; expiring there would queue tags on a request long finished.
  if (inRequest && expireInThisRequest(tagList)) return
  for (const tag of tagList) pending.add(tag)
  scheduleFlush(payload)
}

function expireInThisRequest(tagList: string[]): boolean {
  try {
    for (const tag of tagList) revalidateTag(tag, { expire: 0 })
    return true
  } catch (error) {
    if (error instanceof Error && /static generation store missing|outside a request scope/i.test(error.message)) {
      return false
    }
    throw error
  }
}

const pending = new Set<string>()
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
  while (flushTimer || pending.size > 0) {
    if (!flushTimer) scheduleFlush(payload)
    await new Promise((resolve) => setTimeout(resolve, FLUSH_POLL_MS))
  }
  await inFlight
}

async function postPending(payload: Payload): Promise<void> {
  const tagList = [...pending]
  pending.clear()
  if (tagList.length === 0) return
  const url = `${internalUrl()}/api/revalidate`
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${revalidationToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: tagList }),
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

import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionOf } from '../../server/drizzle'
import { deliversExpiriesAfield, staleBoundSeconds } from '../../server/env'
import { NODE_ID } from '../node-id.mjs'
import type { Expiry } from '../tags-for-change'

/**
 * Writes a change's expiries to the outbox, in the change's own transaction: they are kept
 * exactly when the change is, and a dispatcher delivers them after the commit (dispatcher.ts).
 * Only when they must leave this process — other nodes (REDIS_URL) or an edge
 * (EDGE_PURGE_URLS); a single node expires its own cache in memory and needs no outbox.
 *
 * `appliedHere`: this node expires them itself when its request ends, so the bus need not
 * bring them back to it; a save made outside a request (the jobs queue, a script) is applied
 * by every node from the bus, this one included.
 */
export async function recordExpiry(expiry: Expiry, req: PayloadRequest, appliedHere: boolean): Promise<void> {
  if (expiry.exact.length === 0 && expiry.bounded.length === 0) return
  if (!deliversExpiriesAfield()) return
  const db = await transactionOf(req.payload, req)
  // jsonb rather than array parameters: drizzle's sql template spreads a JS array into a list.
  await db.execute(sql`
    insert into cache_expiry_outbox (exact, bounded, bound_seconds, origin)
    values (
      array(select jsonb_array_elements_text(${JSON.stringify(expiry.exact)}::jsonb)),
      array(select jsonb_array_elements_text(${JSON.stringify(expiry.bounded)}::jsonb)),
      ${staleBoundSeconds()},
      ${appliedHere ? NODE_ID : null}
    )`)
}

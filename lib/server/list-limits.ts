/**
 * How many documents one list request over HTTP (REST or GraphQL) may ask for. Payload reads
 * a limit of 0, `pagination=false` and a GraphQL join without a limit as "every document",
 * so at 10,000 articles one anonymous request would cost the whole archive. The Local API
 * (server code, scripts) is not limited: it is not reachable from outside.
 */
export type Caller = 'anonymous' | 'signed-in'

/** The admin's longest list shows 100 rows; signed-in tools may page through 1,000 at a time. */
export const LIST_LIMITS: Readonly<Record<Caller, number>> = { anonymous: 100, 'signed-in': 1000 }

/** Whether `limit` is a number of documents this caller may ask for in one request. */
export function allowedLimit(limit: number, caller: Caller): boolean {
  return Number.isInteger(limit) && limit >= 1 && limit <= LIST_LIMITS[caller]
}

/** What `limit` may be for this caller, as the end of a sentence. */
export function allowedLimits(caller: Caller): string {
  return caller === 'anonymous'
    ? `a whole number from 1 to ${LIST_LIMITS.anonymous} (up to ${LIST_LIMITS['signed-in']} when signed in)`
    : `a whole number from 1 to ${LIST_LIMITS['signed-in']}`
}

/** Why a limit was refused: `name` as the caller wrote it, `page` how to ask for the next ones. */
export function limitRefusal(name: string, given: string, caller: Caller, page: string): string {
  const everything = given === '0' ? `${name} 0 would answer every document at once. ` : ''
  return `${everything}${name} must be ${allowedLimits(caller)}; ask for the next ones with ${page}.`
}

import { NEWSROOM_COLLECTION_SLUGS } from '../../collections/slugs'
import { LIST_LIMITS, limitRefusal, type Caller } from './list-limits'
import { queryKeyPath } from './query-keys'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response> | Response

/** Payload's own error shape, so API clients handle one format. */
const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** The most documents one write may name (bulk update or delete by `where`). */
export const MAX_WRITE_LIMIT = 1000
/** Payload's own ceiling (config.maxDepth), stated here so that a larger one is refused, not clamped. */
export const MAX_DEPTH = 10
const MAX_PAGE = 1_000_000

/** Collections whose ids are serial numbers: /api/<slug>/<id> with anything else is no document. */
const NUMERIC_ID_COLLECTIONS = new Set<string>(NEWSROOM_COLLECTION_SLUGS)
/** Payload's own routes under a collection that sit where an id would. */
const COLLECTION_ROUTES = new Set([
  'versions',
  'count',
  'distinct',
  'reorder',
  'me',
  'init',
  'access',
  'login',
  'logout',
  'refresh-token',
  'first-register',
  'forgot-password',
  'reset-password',
  'unlock',
  'verify',
  'file',
  'paste-url',
])
/**
 * Parameters Payload turns into a number or a yes/no whatever shape they come in: qs makes
 * `limit[]=0` and `[limit]=0` a limit too, and Number(['0']) is 0. Each is taken only once,
 * written plainly.
 */
const PLAIN_PARAMS = ['limit', 'page', 'depth', 'pagination']

type Problem = { status: number; message: string }

/** A path segment as typed, or as sent when it is not valid percent-encoding. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

function wholeNumber(value: string, min: number, max: number): boolean {
  return /^\d{1,10}$/.test(value) && Number(value) >= min && Number(value) <= max
}

/** A parameter given in a shape Payload would still read, or given twice. */
function unplainParam(params: URLSearchParams): Problem | null {
  const seen = new Set<string>()
  for (const key of params.keys()) {
    const name = queryKeyPath(key)[0] ?? ''
    if (!PLAIN_PARAMS.includes(name)) continue
    if (key !== name || seen.has(name))
      return { status: 400, message: `Give ${name} once, as ${name}=…, with nothing in brackets.` }
    seen.add(name)
  }
  return null
}

/** How many documents a read asks for: its own limit, each join's limit, and no pagination=false. */
function listSizeProblem(params: URLSearchParams, caller: Caller): Problem | null {
  const limit = params.get('limit')
  if (limit !== null && !wholeNumber(limit, 1, LIST_LIMITS[caller])) {
    return { status: 400, message: limitRefusal('limit', limit, caller, 'page=2, page=3 and so on') }
  }
  const pagination = params.get('pagination')
  if (pagination !== null && pagination !== 'true') {
    return {
      status: 400,
      message:
        'pagination must be true or left out: pagination=false would answer every document at once. Page through with limit and page.',
    }
  }
  const joinLimits = new Set<string>()
  for (const [key, value] of params) {
    const [root, join, option, ...deeper] = queryKeyPath(key)
    if (root !== 'joins' || option !== 'limit') continue
    const name = `joins[${join}][limit]`
    if (deeper.length > 0 || joinLimits.has(name))
      return { status: 400, message: `Give ${name} once, as ${name}=…, with nothing more in brackets.` }
    joinLimits.add(name)
    if (!wholeNumber(value, 1, LIST_LIMITS[caller])) {
      return { status: 400, message: limitRefusal(name, value, caller, `joins[${join}][page]`) }
    }
  }
  return null
}

export interface QueryContext {
  /** Whether the request reads (GET, or POST standing in for a long GET); a write's `limit` only caps a bulk change. */
  reading: boolean
  caller: Caller
}

/** Why the query of a REST request cannot be answered, or null when it can. */
export function restQueryProblem(
  url: URL,
  { reading, caller }: QueryContext = { reading: true, caller: 'anonymous' },
): Problem | null {
  const params = url.searchParams
  const unplain = unplainParam(params)
  if (unplain) return unplain
  if (reading) {
    const tooMany = listSizeProblem(params, caller)
    if (tooMany) return tooMany
  } else {
    // The admin's bulk delete sends limit=0; Payload's bulk update and delete take every match anyway.
    const limit = params.get('limit')
    if (limit !== null && !wholeNumber(limit, 0, MAX_WRITE_LIMIT))
      return { status: 400, message: `limit must be a whole number from 0 to ${MAX_WRITE_LIMIT}.` }
  }
  const page = params.get('page')
  if (page !== null && !wholeNumber(page, 1, MAX_PAGE))
    return { status: 400, message: 'page must be a whole number from 1.' }
  const depth = params.get('depth')
  if (depth !== null && !wholeNumber(depth, 0, MAX_DEPTH))
    return { status: 400, message: `depth must be a whole number from 0 to ${MAX_DEPTH}.` }
  const sort = params.get('sort')
  if (sort !== null && !/^-?[A-Za-z0-9_.]{1,100}(,-?[A-Za-z0-9_.]{1,100}){0,9}$/.test(sort)) {
    return { status: 400, message: 'sort must name fields, e.g. sort=-publishedAt or sort=title,-createdAt.' }
  }
  const draft = params.get('draft')
  if (draft !== null && !['true', 'false'].includes(draft))
    return { status: 400, message: 'draft must be true or false.' }
  // Geographic operators need a point field, which no collection has; Payload fails on them with a 500.
  const geographic = [...params.keys()].find((key) => /\[(?:near|within|intersects)\]/.test(key))
  if (geographic)
    return { status: 400, message: 'near, within and intersects compare map points, and no field here is one.' }
  const [collection, id, ...rest] = url.pathname.replace(/^\/api\//, '').split('/')
  if (
    collection &&
    id &&
    rest.length === 0 &&
    NUMERIC_ID_COLLECTIONS.has(collection) &&
    !COLLECTION_ROUTES.has(id) &&
    !/^\d{1,10}$/.test(id)
  ) {
    return { status: 404, message: `There is no ${collection} document with the id "${safeDecode(id).slice(0, 40)}".` }
  }
  const version = rest[0]
  if (
    collection &&
    id === 'versions' &&
    version &&
    rest.length === 1 &&
    NUMERIC_ID_COLLECTIONS.has(collection) &&
    !/^\d{1,10}$/.test(version)
  ) {
    return {
      status: 404,
      message: `There is no ${collection} version with the id "${safeDecode(version).slice(0, 40)}".`,
    }
  }
  return null
}

/**
 * The query Payload will act on. A POST with `X-Payload-HTTP-Method-Override: GET` and a form
 * body is a GET whose query is the body, appended to the URL exactly as Payload does
 * (handleEndpoints); the admin's relationship pickers ask this way.
 */
async function queryOf(request: Request): Promise<{ url: URL; reading: boolean }> {
  const override =
    request.headers.get('X-Payload-HTTP-Method-Override') === 'GET' ||
    request.headers.get('X-HTTP-Method-Override') === 'GET'
  if (request.method === 'POST' && override) {
    const form = request.headers.get('Content-Type') === 'application/x-www-form-urlencoded'
    return { url: new URL(form ? `${request.url}?${await request.clone().text()}` : request.url), reading: true }
  }
  return { url: new URL(request.url), reading: request.method === 'GET' || request.method === 'HEAD' }
}

/**
 * Refuses REST queries Payload would silently bend (a negative limit, a depth beyond its
 * ceiling, a sort on nothing), fail on with a 500 (a negative page, a word where an id
 * goes) or answer with more documents than a caller may ask for at once, with a 400 or 404
 * that says what is wrong. Payload checks `where` itself. `isSignedIn` verifies the
 * request's credentials; it is asked only when the answer depends on it: the anonymous
 * limits refuse a query that a signed-in caller may make, or would refuse it in other words.
 */
export function guardRestQuery<Context>(
  handler: RouteHandler<Context>,
  isSignedIn: (request: Request) => Promise<boolean>,
): RouteHandler<Context> {
  return async (request, context) => {
    const { url, reading } = await queryOf(request)
    const asAnonymous = restQueryProblem(url, { reading, caller: 'anonymous' })
    if (!asAnonymous) return handler(request, context)
    const asSignedIn = restQueryProblem(url, { reading, caller: 'signed-in' })
    const problem =
      asSignedIn?.message !== asAnonymous.message && (await isSignedIn(request)) ? asSignedIn : asAnonymous
    return problem ? refuse(problem.status, problem.message) : handler(request, context)
  }
}

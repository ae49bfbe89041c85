type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response> | Response

/** Payload's own error shape, so API clients handle one format. */
const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** The most documents one request may ask for; the admin's longest list shows 100. */
export const MAX_LIMIT = 1000
/** Payload's own ceiling (config.maxDepth), stated here so that a larger one is refused, not clamped. */
export const MAX_DEPTH = 10
const MAX_PAGE = 1_000_000

/** Collections whose ids are serial numbers: /api/<slug>/<id> with anything else is no document. */
const NUMERIC_ID_COLLECTIONS = new Set(['articles', 'events', 'statements', 'people', 'topics', 'indicators', 'media', 'users'])
/** Payload's own routes under a collection that sit where an id would. */
const COLLECTION_ROUTES = new Set(['versions', 'count', 'distinct', 'reorder', 'me', 'init', 'access', 'login', 'logout', 'refresh-token', 'first-register', 'forgot-password', 'reset-password', 'unlock', 'verify', 'file', 'paste-url'])

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

/** Why the query of a REST request cannot be answered, or null when it can. */
export function restQueryProblem(url: URL): { status: number; message: string } | null {
  const params = url.searchParams
  const limit = params.get('limit')
  if (limit !== null && !wholeNumber(limit, 0, MAX_LIMIT)) return { status: 400, message: `limit must be a whole number from 0 to ${MAX_LIMIT}.` }
  const page = params.get('page')
  if (page !== null && !wholeNumber(page, 1, MAX_PAGE)) return { status: 400, message: 'page must be a whole number from 1.' }
  const depth = params.get('depth')
  if (depth !== null && !wholeNumber(depth, 0, MAX_DEPTH)) return { status: 400, message: `depth must be a whole number from 0 to ${MAX_DEPTH}.` }
  const sort = params.get('sort')
  if (sort !== null && !/^-?[A-Za-z0-9_.]{1,100}(,-?[A-Za-z0-9_.]{1,100}){0,9}$/.test(sort)) {
    return { status: 400, message: 'sort must name fields, e.g. sort=-publishedAt or sort=title,-createdAt.' }
  }
  const draft = params.get('draft')
  if (draft !== null && !['true', 'false'].includes(draft)) return { status: 400, message: 'draft must be true or false.' }
  // Geographic operators need a point field, which no collection has; Payload fails on them with a 500.
  const geographic = [...params.keys()].find((key) => /\[(?:near|within|intersects)\]/.test(key))
  if (geographic) return { status: 400, message: 'near, within and intersects compare map points, and no field here is one.' }
  const [collection, id, ...rest] = url.pathname.replace(/^\/api\//, '').split('/')
  if (collection && id && rest.length === 0 && NUMERIC_ID_COLLECTIONS.has(collection) && !COLLECTION_ROUTES.has(id) && !/^\d{1,10}$/.test(id)) {
    return { status: 404, message: `There is no ${collection} document with the id "${safeDecode(id).slice(0, 40)}".` }
  }
  const version = rest[0]
  if (collection && id === 'versions' && version && rest.length === 1 && NUMERIC_ID_COLLECTIONS.has(collection) && !/^\d{1,10}$/.test(version)) {
    return { status: 404, message: `There is no ${collection} version with the id "${safeDecode(version).slice(0, 40)}".` }
  }
  return null
}

/**
 * Refuses REST queries Payload would silently bend (a negative limit, a depth beyond its
 * ceiling, a sort on nothing) or fail on with a 500 (a negative page, a word where an id
 * goes), with a 400 or 404 that says what is wrong. Payload checks `where` itself.
 */
export function guardRestQuery<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return (request, context) => {
    const problem = restQueryProblem(new URL(request.url))
    return problem ? refuse(problem.status, problem.message) : handler(request, context)
  }
}

import { applyExpiry } from '@/lib/cache/revalidate'
import { isValidRevalidationToken } from '@/lib/cache/revalidation-token'
import { isValidTag, MAX_TAGS_PER_ENTRY } from '@/lib/cache/tags'

export const dynamic = 'force-dynamic'

const MAX_TAGS_PER_REQUEST = 10 * MAX_TAGS_PER_ENTRY

/** Lets saves made outside a request (seed and maintenance scripts) expire this server's cache. */
export async function POST(request: Request): Promise<Response> {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? null
  if (!isValidRevalidationToken(token)) {
    return Response.json({ error: 'A valid revalidation token is required.' }, { status: 401 })
  }
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return Response.json({ error: 'The body must be JSON: {"tags": ["…"], "boundedTags": ["…"]}.' }, { status: 400 })
  }
  const { tags, boundedTags = [] } = (body ?? {}) as { tags?: unknown; boundedTags?: unknown }
  if (!isTagList(tags) || !isTagList(boundedTags) || tags.length + boundedTags.length === 0) {
    return Response.json(
      {
        error: `"tags" (expired at once) and "boundedTags" (served stale until the bound) must be lists of tags, 1 to ${MAX_TAGS_PER_REQUEST} in all.`,
      },
      { status: 400 },
    )
  }
  if (tags.length + boundedTags.length > MAX_TAGS_PER_REQUEST) {
    return Response.json({ error: `At most ${MAX_TAGS_PER_REQUEST} tags in one request.` }, { status: 400 })
  }
  applyExpiry({ exact: tags, bounded: boundedTags.filter((tag) => !tags.includes(tag)) })
  return Response.json({ revalidated: tags.length, bounded: boundedTags.length })
}

function isTagList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((tag) => typeof tag === 'string' && isValidTag(tag))
}

import { revalidateTag } from 'next/cache'

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
    return Response.json({ error: 'The body must be JSON: {"tags": ["…"]}.' }, { status: 400 })
  }
  const tagList = (body as { tags?: unknown } | null)?.tags
  if (
    !Array.isArray(tagList) ||
    tagList.length === 0 ||
    tagList.length > MAX_TAGS_PER_REQUEST ||
    !tagList.every((tag): tag is string => typeof tag === 'string' && isValidTag(tag))
  ) {
    return Response.json({ error: `"tags" must be a list of 1 to ${MAX_TAGS_PER_REQUEST} tags.` }, { status: 400 })
  }
  for (const tag of tagList) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tagList.length })
}

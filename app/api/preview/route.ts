import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'

import { hasRole, ROLES } from '@/access/roles'
import { documentPath, PREVIEWABLE, type PreviewableCollection } from '@/lib/preview-links'
import { redirectToPath } from '@/lib/relative-redirect'
import { getPayloadClient } from '@/lib/server/payload'

export const dynamic = 'force-dynamic'

const text = (message: string, status: number) => new NextResponse(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

/**
 * Opens a draft on its real page: signed-in staff only, then Next's draft mode (a signed
 * cookie), then a redirect to the page, which renders the latest version uncached.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const collection = request.nextUrl.searchParams.get('collection')
  const rawId = request.nextUrl.searchParams.get('id') ?? ''
  if (!PREVIEWABLE.includes(collection as PreviewableCollection) || !/^[1-9][0-9]{0,9}$/.test(rawId) || Number(rawId) > 2_147_483_647) {
    return text('Preview needs a collection (articles, events or statements) and a document id.', 400)
  }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !hasRole(user, ...ROLES)) {
    return redirectToPath(`/admin/login?${new URLSearchParams({ redirect: `${request.nextUrl.pathname}${request.nextUrl.search}` })}`, 303)
  }
  const found = await payload.find({
    collection: collection as PreviewableCollection,
    where: { id: { equals: Number(rawId) } },
    draft: true,
    overrideAccess: false,
    user,
    depth: 0,
    limit: 1,
    pagination: false,
  })
  const doc = found.docs[0] as { id: number; slug?: string | null } | undefined
  const path = doc ? documentPath(collection as PreviewableCollection, doc) : null
  if (!path) return text('No such document, or it has no address yet: give it a title and save.', 404)
  ;(await draftMode()).enable()
  return redirectToPath(path, 303)
}

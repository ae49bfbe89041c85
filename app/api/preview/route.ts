import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'

import { isStaffUser } from '@/access/roles'
import { documentPath, PREVIEWABLE, type PreviewableCollection } from '@/lib/preview-links'
import { plainText, redirectToPath } from '@/lib/http/responses'
import { parseDocumentId } from '@/lib/paging'
import { getPayloadClient } from '@/lib/server/payload'

export const dynamic = 'force-dynamic'

/**
 * Opens a draft on its real page: signed-in staff only, then Next's draft mode (a signed
 * cookie), then a redirect to the page, which renders the latest version uncached.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const collection = request.nextUrl.searchParams.get('collection')
  const id = parseDocumentId(request.nextUrl.searchParams.get('id') ?? '')
  if (!PREVIEWABLE.includes(collection as PreviewableCollection) || id === null) {
    return plainText('Preview needs a collection (articles, events or statements) and a document id.', 400)
  }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaffUser(user)) {
    return redirectToPath(
      `/admin/login?${new URLSearchParams({ redirect: `${request.nextUrl.pathname}${request.nextUrl.search}` })}`,
      303,
    )
  }
  const found = await payload.find({
    collection: collection as PreviewableCollection,
    where: { id: { equals: id } },
    draft: true,
    overrideAccess: false,
    user,
    depth: 0,
    limit: 1,
    pagination: false,
  })
  const doc = found.docs[0] as { id: number; slug?: string | null } | undefined
  const path = doc ? documentPath(collection as PreviewableCollection, doc) : null
  if (!path) return plainText('No such document, or it has no address yet: give it a title and save.', 404)
  ;(await draftMode()).enable()
  return redirectToPath(path, 303)
}

import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'

import { isSitePath } from '@/lib/links'
import { redirectToPath } from '@/lib/http/responses'

export const dynamic = 'force-dynamic'

/** Leaves draft mode and returns to the page (a path on this site only: no open redirect). */
export async function GET(request: NextRequest): Promise<Response> {
  ;(await draftMode()).disable()
  const back = request.nextUrl.searchParams.get('path') ?? '/'
  return redirectToPath(isSitePath(back) ? back : '/', 303)
}

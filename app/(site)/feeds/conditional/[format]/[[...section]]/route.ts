import { getSerializedFeed } from '@/lib/content'
import { conditionalFeedResponse, feedNotFound, parseFeedRoute } from '@/lib/feeds/http'

// Feed requests that carry If-None-Match or If-Modified-Since (next.config.mjs sends them
// here). Next's route cache never answers 304, so this handler reads the request and compares
// the validators of the same cached feed itself.
export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ format: string; section?: string[] }> }

export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { format: extension, section } = await params
  const route = parseFeedRoute(extension, section)
  const feed = route ? await getSerializedFeed(route.format, route.scope) : null
  return route && feed ? conditionalFeedResponse(request, feed, route.format) : feedNotFound()
}

import { getSerializedFeed } from '@/lib/content'
import { feedNotFound, feedResponse, parseFeedRoute } from '@/lib/feeds/http'

// Plain feed requests (next.config.mjs rewrites /feed.xml and every section's feeds here):
// built on first request and served from the route cache until a change expires its tags.
export const dynamicParams = true
export const revalidate = 3600

export function generateStaticParams(): { format: string; section?: string[] }[] {
  return []
}

type Params = { params: Promise<{ format: string; section?: string[] }> }

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { format: extension, section } = await params
  const route = parseFeedRoute(extension, section)
  const feed = route ? await getSerializedFeed(route.format, route.scope) : null
  return route && feed ? feedResponse(feed, route.format) : feedNotFound()
}

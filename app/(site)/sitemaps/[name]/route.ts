import { plainText } from '@/lib/http/responses'
import { getSitemap } from '@/lib/content'
import { parseSitemapName } from '@/lib/seo/sitemaps'

// /sitemap.xml and /news-sitemap.xml are rewritten here (next.config.mjs). Built on first
// request, kept until a change expires its tags; the hour also lets old news drop out.
export const dynamicParams = true
export const revalidate = 3600

export function generateStaticParams(): { name: string }[] {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const name = parseSitemapName((await params).name)
  const xml = name ? await getSitemap(name) : null
  if (!xml) return plainText('No such sitemap.', 404)
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300, s-maxage=300, stale-while-revalidate=3600',
    },
  })
}

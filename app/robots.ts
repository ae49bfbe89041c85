import type { MetadataRoute } from 'next'

import { siteUrl } from '@/lib/server/env'

// Read at request time: one build serves any SITE_URL.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  const site = siteUrl()
  return {
    rules: {
      userAgent: '*',
      // Images are served under /api/media; the longer Allow wins over Disallow: /api.
      allow: ['/', '/api/media/file/'],
      disallow: ['/admin', '/api'],
    },
    sitemap: [`${site}/sitemap.xml`, `${site}/news-sitemap.xml`],
  }
}

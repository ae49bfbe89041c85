import type { Metadata } from 'next'
import type React from 'react'

import { FeedLinks } from '@/components/FeedLinks'
import { SiteHeader } from '@/components/SiteHeader'
import { feedLinkTypes } from '@/lib/seo/alternates'
import { siteUrl } from '@/lib/server/env'
import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from '@/lib/site'

import { SITE_CSS } from './site-css'

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: SITE_NAME, template: `%s — ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    openGraph: { siteName: SITE_NAME, type: 'website', locale: 'en_GB' },
    twitter: { card: 'summary_large_image' },
    alternates: { types: feedLinkTypes() },
    icons: { icon: '/site-icon.png' },
    // Lets search engines show the articles' large images (lib/og/article-images.ts), not
    // thumbnails. A page that sets its own robots (noindex) replaces this whole.
    robots: { 'max-image-preview': 'large' },
  }
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={SITE_LANGUAGE}>
      <head>
        {/* Inline, not a stylesheet request that would hold back the first paint (site-css.ts). */}
        <style dangerouslySetInnerHTML={{ __html: SITE_CSS }} />
      </head>
      <body>
        <SiteHeader />
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>© Summit Wire</p>
          <FeedLinks label="Subscribe to Summit Wire" />
        </footer>
      </body>
    </html>
  )
}

import type { Metadata } from 'next'
import type React from 'react'

import { FeedLinks } from '@/components/FeedLinks'
import { SiteHeader } from '@/components/SiteHeader'
import { feedLinkTypes } from '@/lib/seo/alternates'
import { siteUrl } from '@/lib/server/env'

import './site.css'

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: 'Summit Wire', template: '%s — Summit Wire' },
    description: 'Summit Wire covers Eurasian diplomacy and economics: summits, what leaders said there, and the figures behind it.',
    openGraph: { siteName: 'Summit Wire', type: 'website', locale: 'en_GB' },
    twitter: { card: 'summary_large_image' },
    alternates: { types: feedLinkTypes() },
    icons: { icon: '/site-icon.png' },
  }
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
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

import type { Metadata } from 'next'

import { feedPath } from '../feeds/build'
import type { FeedFormat } from '../feeds/model'
import { pageFromSegments, pagePath } from '../paging'
import { SITE_NAME } from '../site'

const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
}
const FORMAT_NAMES: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' }

export interface FeedSectionLink {
  /** "/topics/trade" */
  path: string
  name: string
}

type Alternates = NonNullable<Metadata['alternates']>

/** `<link rel="alternate">` for the site's feeds and, on a section's pages, the section's too. */
export function feedLinkTypes(section?: FeedSectionLink): NonNullable<Alternates['types']> {
  const formats = Object.keys(FEED_TYPES) as FeedFormat[]
  return Object.fromEntries(
    formats.map((format) => [
      FEED_TYPES[format],
      [
        ...(section
          ? [{ url: feedPath(section.path, format), title: `${section.name} — ${SITE_NAME} (${FORMAT_NAMES[format]})` }]
          : []),
        { url: feedPath('/', format), title: `${SITE_NAME} (${FORMAT_NAMES[format]})` },
      ],
    ]),
  )
}

/** A page's canonical URL with the feed links (a page's `alternates` replaces the layout's whole). */
export function pageAlternates(canonical: string, section?: FeedSectionLink): Alternates {
  return { canonical, types: feedLinkTypes(section) }
}

/** Title, canonical URL (each page of an archive is its own) and feed links of a section archive. */
export function archiveMetadata(
  section: FeedSectionLink,
  segments: string[] | undefined,
  description?: string | null,
): Metadata {
  const page = pageFromSegments(segments) ?? 1
  return {
    title: page > 1 ? `${section.name}, page ${page}` : section.name,
    description: description ?? undefined,
    alternates: pageAlternates(pagePath(section.path, page), section),
  }
}

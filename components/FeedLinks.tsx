import { feedPath } from '@/lib/feeds/build'

interface Props {
  /** Visible text before the links, e.g. "Follow Trade". */
  label: string
  /** The section's path ("/topics/trade"); the site's feeds when absent. */
  path?: string
}

/** Visible subscribe links to a feed in each format (the `<link rel="alternate">` tags are in the metadata). */
export function FeedLinks({ label, path = '/' }: Props) {
  return (
    <p className="feed-links">
      {label}:{' '}
      <a href={feedPath(path, 'rss')} type="application/rss+xml">
        RSS
      </a>
      {' · '}
      <a href={feedPath(path, 'atom')} type="application/atom+xml">
        Atom
      </a>
      {' · '}
      <a href={feedPath(path, 'json')} type="application/feed+json">
        JSON Feed
      </a>
    </p>
  )
}

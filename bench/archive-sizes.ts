/**
 * The archives the bench measures (issue 7 at 10,000 articles, issue 17 at 100,000): how many
 * of each document, and the slugs the measured pages use.
 */
export interface ArchiveSizes {
  articles: number
  events: number
  statements: number
  people: number
  topics: number
  authors: number
  /** Hours between two stories: the archive ends at ARCHIVE_END and reaches back this × articles. */
  hoursApart: number
}

/**
 * The archive's last story is published here: fixed, so every run writes the same pages, and
 * in the past, so a story the bench publishes now is the newest (on the home page, first in
 * the feeds) and no archive story waits as scheduled.
 */
export const ARCHIVE_END = Date.UTC(2026, 0, 1)

export const ARCHIVES = {
  // About 4.6 years of six stories a day.
  10_000: { articles: 10_000, events: 300, statements: 5_000, people: 200, topics: 30, authors: 50, hoursApart: 4 },
  // About 11.4 years of 24 stories a day.
  100_000: {
    articles: 100_000,
    events: 1_000,
    statements: 20_000,
    people: 600,
    topics: 40,
    authors: 120,
    hoursApart: 1,
  },
} as const satisfies Record<number, ArchiveSizes>

export type ArchiveSize = keyof typeof ARCHIVES
export const isArchiveSize = (value: number): value is ArchiveSize => Object.hasOwn(ARCHIVES, value)

/** The topic every other story carries: big enough for a page-200 archive (20 a page). */
export const BIG_TOPIC_SLUG = 'bench-economy'
export const articleSlug = (index: number) => `bench-story-${index}`
export const eventSlug = (index: number) => `bench-summit-${index}`
/** The newest story of the archive: the measured article page. */
export const leadSlug = (sizes: ArchiveSizes) => articleSlug(sizes.articles - 1)
/** The measured event page. */
export const EVENT_SLUG = eventSlug(10)

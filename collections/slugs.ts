/**
 * The newsroom's collections by slug, declared once, in the admin's order: every list of them
 * derives from this one (a test holds payload.config's collections to it). No imports, so
 * light tools (the bench, the tag vocabulary) can use it without loading Payload.
 */
export const NEWSROOM_COLLECTION_SLUGS = [
  'articles',
  'events',
  'statements',
  'people',
  'topics',
  'indicators',
  'media',
  'users',
] as const

/** A slug of one of them; Payload's own collections (jobs, preferences, …) are not the newsroom's. */
export type NewsroomCollection = (typeof NEWSROOM_COLLECTION_SLUGS)[number]

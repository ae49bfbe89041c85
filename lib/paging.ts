const PAGE_NUMBER = /^[1-9][0-9]{0,5}$/

/**
 * Reads an archive's page from its path segments: none is page 1, `page/<n>` is page n.
 * Returns null for anything else so the route can answer 404.
 */
export function pageFromSegments(segments: string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1
  const [keyword, number, ...rest] = segments
  if (keyword !== 'page' || number === undefined || rest.length > 0 || !PAGE_NUMBER.test(number)) return null
  return Number(number)
}

/** The path of page n of the archive at `base` ("/" or "/topics/trade"). */
export function pagePath(base: string, page: number): string {
  const root = base === '/' ? '' : base.replace(/\/$/, '')
  return page <= 1 ? root || '/' : `${root}/page/${page}`
}

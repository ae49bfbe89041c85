const PAGE_NUMBER = /^[1-9][0-9]{0,5}$/

/** A page number as a URL writes it (`1` to `999999`, no sign, no leading zero), or null. */
export function parsePageNumber(raw: string | null | undefined): number | null {
  return raw !== null && raw !== undefined && PAGE_NUMBER.test(raw) ? Number(raw) : null
}

/**
 * Reads an archive's page from its path segments: none is page 1, `page/<n>` is page n.
 * Returns null for anything else so the route can answer 404.
 */
export function pageFromSegments(segments: string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1
  const [keyword, number, ...rest] = segments
  if (keyword !== 'page' || rest.length > 0) return null
  return parsePageNumber(number)
}

/** The path of page n of the archive at `base` ("/" or "/topics/trade"). */
export function pagePath(base: string, page: number): string {
  const root = base === '/' ? '' : base.replace(/\/$/, '')
  return page <= 1 ? root || '/' : `${root}/page/${page}`
}

/** A document id (a positive int4) from a URL segment or query value, or null. */
export function parseDocumentId(raw: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null
}

const ARCHIVE_PATH = /^(\/events|\/(?:topics|people|authors)\/[^/]+)?(?:\/page\/[^/]*)?\/?$/

/**
 * Where a `?page=` request belongs. Archives page by path, so a valid number moves into the
 * path (`/topics/trade?page=2` → `/topics/trade/page/2`) and anything else goes to the first
 * page; search keeps a valid page and drops a bad one. Null: nothing to correct.
 */
export function pageQueryRedirect(pathname: string, search: URLSearchParams): string | null {
  if (!search.has('page')) return null
  const [value, ...more] = search.getAll('page')
  const page = more.length === 0 ? parsePageNumber(value) : null
  const rest = new URLSearchParams(search)
  rest.delete('page')
  const query = rest.size > 0 ? `?${rest}` : ''
  if (pathname === '/search') return page ? null : `/search${query}`
  const archive = ARCHIVE_PATH.exec(pathname)
  if (!archive) return null
  return `${pagePath(archive[1] ?? '/', page ?? 1)}${query}`
}

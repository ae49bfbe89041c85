import { stripClientRuntime } from '../cache/strip-client-runtime.mjs'
import { internalUrl } from '../server/env'

/** Where the search page's content sits in the page (components/SearchPage.tsx). */
const SECTION_OPEN = '<section class="search-page">'
const SECTION_CLOSE = '</section>'

export interface PageShell {
  /** The page up to and including the search section's start tag. */
  before: string
  /** The page from the search section's end tag on. */
  after: string
}

/**
 * Splits a rendered search page around its search section. Null when the page holds no search
 * section (a build without components/SearchPage.tsx's markup).
 */
export async function shellFrom(html: string): Promise<PageShell | null> {
  const page = await stripClientRuntime(html)
  const start = page.html.indexOf(SECTION_OPEN)
  const end = start < 0 ? -1 : page.html.indexOf(SECTION_CLOSE, start)
  if (start < 0 || end < 0) return null
  return {
    before: page.html.slice(0, start + SECTION_OPEN.length),
    after: page.html.slice(end),
  }
}

let shell: Promise<PageShell> | undefined

/**
 * The page every search is answered in: the static empty search page (`/search`, rendered by
 * Next once per build: layout, header, footer, styles, metadata), without its client runtime.
 * Read once per process from this server itself; a failed read is tried again on the next
 * search rather than remembered.
 */
export function searchPageShell(): Promise<PageShell> {
  shell ??= (async () => {
    const response = await fetch(new URL('/search', internalUrl()), { headers: { accept: 'text/html' } })
    if (!response.ok) throw new Error(`the empty search page answered ${response.status}`)
    const found = await shellFrom(await response.text())
    if (!found) throw new Error('the empty search page has no search section')
    return found
  })().catch((error: unknown) => {
    shell = undefined
    throw error
  })
  return shell
}

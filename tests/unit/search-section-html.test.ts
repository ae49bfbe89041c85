import { Parser } from 'htmlparser2'
import { describe, expect, it } from 'vitest'

import { MATCH_END, MATCH_START, type SearchResults } from '../../lib/content/views'
import { searchHref, searchSectionHtml } from '../../lib/search/section-html'
import { shellFrom } from '../../lib/search/page-shell'

/** Elements and their attributes as a browser's parser reads them. */
function elements(html: string): { name: string; attributes: Record<string, string>; text: string }[] {
  const found: { name: string; attributes: Record<string, string>; text: string }[] = []
  const open: { name: string; attributes: Record<string, string>; text: string }[] = []
  const parser = new Parser({
    onopentag(name, attributes) {
      const element = { name, attributes, text: '' }
      found.push(element)
      open.push(element)
    },
    ontext(text) {
      for (const element of open) element.text += text
    },
    onclosetag() {
      open.pop()
    },
  })
  parser.end(html)
  return found
}

const results = (extra: Partial<SearchResults> = {}): SearchResults => ({
  query: 'pipeline gas',
  total: 45,
  capped: false,
  page: 2,
  totalPages: 3,
  hits: [
    {
      kind: 'article',
      id: 1,
      title: 'Gas <b>deal</b> & more',
      path: '/articles/gas-deal',
      date: '2026-03-04T12:00:00.000Z',
      snippet: `Before ${MATCH_START}pipe<i>line</i>${MATCH_END} after & "quoted"`,
    },
    { kind: 'statement', id: 7, title: '“We agreed”', path: '/statements/7', date: null, snippet: 'No match marked' },
  ],
  ...extra,
})

describe('the search section as HTML', () => {
  it('shows the form with the query, the summary, each hit and its marked snippet, escaping every value', () => {
    const html = searchSectionHtml(results())
    const parsed = elements(html)
    expect(parsed.find((element) => element.name === 'input')?.attributes.value).toBe('pipeline gas')
    const links = parsed.filter((element) => element.name === 'a')
    expect(links.map((link) => [link.attributes.href, link.text])).toEqual([
      ['/articles/gas-deal', 'Gas <b>deal</b> & more'],
      ['/statements/7', '“We agreed”'],
      ['/search?q=pipeline+gas', 'Previous'],
      ['/search?q=pipeline+gas&page=3', 'Next'],
    ])
    expect(parsed.filter((element) => element.name === 'mark').map((mark) => mark.text)).toEqual(['pipe<i>line</i>'])
    expect(parsed.find((element) => element.name === 'time')?.attributes.datetime).toBe('2026-03-04T12:00:00.000Z')
    expect(parsed.filter((element) => element.name === 'b' || element.name === 'i')).toEqual([])
    expect(parsed.find((element) => element.name === 'p' && element.attributes['aria-live'])?.text).toBe(
      '45 results for “pipeline gas”',
    )
    expect(html).toContain('Page 2 of 3')
  })

  it('cannot be broken out of by the query', () => {
    const hostile = '"><script>alert(1)</script><input value="'
    const parsed = elements(searchSectionHtml(results({ query: hostile })))
    expect(parsed.filter((element) => element.name === 'script')).toEqual([])
    expect(parsed.filter((element) => element.name === 'input')).toHaveLength(1)
    expect(parsed.find((element) => element.name === 'input')?.attributes.value).toBe(hostile)
  })

  it('says when nothing matches, when there is no query, and when the count is a lower bound', () => {
    expect(searchSectionHtml(results({ total: 0, hits: [], totalPages: 0 }))).toContain(
      'Nothing matches “pipeline gas”. Try fewer or other words.',
    )
    expect(searchSectionHtml({ query: '', hits: [], total: 0, capped: false, page: 1, totalPages: 0 })).toContain(
      'Type a word or two',
    )
    const capped = elements(searchSectionHtml(results({ capped: true, total: 300, page: 1, totalPages: 15 })))
    expect(capped.find((element) => element.attributes['aria-live'])?.text).toMatch(/^More than 300 results/)
    expect(capped.filter((element) => element.name === 'a').map((link) => link.text)).not.toContain('Previous')
    expect(
      searchSectionHtml(results({ total: 1, totalPages: 1, page: 1, hits: results().hits.slice(0, 1) })),
    ).toContain('1 result for')
  })

  it('links pages by the public search address', () => {
    expect(searchHref('a&b', 1)).toBe('/search?q=a%26b')
    expect(searchHref('über', 4)).toBe('/search?q=%C3%BCber&page=4')
  })
})

describe('the page a search is answered in', () => {
  const page = (section: string) =>
    `<!DOCTYPE html><html><head><style>body{color:red}</style><script src="/_next/static/x.js" async></script></head>` +
    `<body><header>Summit Wire</header><main id="main">${section}</main><script>self.__next_f.push([1,"x"])</script></body></html>`

  it('is the empty search page around its search section, without scripts', async () => {
    const shell = await shellFrom(page('<section class="search-page"><h1>Search</h1></section>'))
    expect(shell).not.toBeNull()
    const html = `${shell!.before}<p>results</p>${shell!.after}`
    expect(html).toBe(
      '<!DOCTYPE html><html><head><style>body{color:red}</style></head><body><header>Summit Wire</header>' +
        '<main id="main"><section class="search-page"><p>results</p></section></main></body></html>',
    )
  })

  it('is refused when the page has no search section', async () => {
    expect(await shellFrom(page('<section><h1>Search</h1></section>'))).toBeNull()
  })
})

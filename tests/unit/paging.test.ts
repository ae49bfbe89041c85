import { describe, expect, it } from 'vitest'

import { pageFromSegments, pagePath, pageQueryRedirect, parseDocumentId, parsePageNumber } from '../../lib/paging'

describe('archive paging by path', () => {
  it.each([
    [undefined, 1],
    [[], 1],
    [['page', '2'], 2],
    [['page', '200'], 200],
  ])('%j is page %d', (segments, page) => {
    expect(pageFromSegments(segments)).toBe(page)
  })

  it.each([
    [['page']],
    [['page', '0']],
    [['page', '02']],
    [['page', '-1']],
    [['page', '2', 'x']],
    [['pages', '2']],
    [['page', '1e3']],
    [['page', '9999999']],
  ])('%j is not a page', (segments) => {
    expect(pageFromSegments(segments)).toBeNull()
  })

  it('builds paths with page 1 at the archive root', () => {
    expect(pagePath('/', 1)).toBe('/')
    expect(pagePath('/', 3)).toBe('/page/3')
    expect(pagePath('/topics/trade', 1)).toBe('/topics/trade')
    expect(pagePath('/topics/trade/', 2)).toBe('/topics/trade/page/2')
  })
})

describe('page numbers as URLs write them', () => {
  it.each([
    ['1', 1],
    ['999999', 999999],
    ['0', null],
    ['01', null],
    ['-2', null],
    ['2.5', null],
    ['1000000', null],
    ['', null],
    [null, null],
  ])('%j is %j', (raw, page) => {
    expect(parsePageNumber(raw)).toBe(page)
  })
})

describe('?page= on archives and search', () => {
  it.each([
    ['/', 'page=2', '/page/2'],
    ['/', 'page=1', '/'],
    ['/', 'page=abc', '/'],
    ['/page/3', 'page=-1', '/'],
    ['/topics/trade', 'page=2', '/topics/trade/page/2'],
    ['/topics/trade/page/4', 'page=0', '/topics/trade'],
    ['/people/xi-jinping', 'page=99999999999', '/people/xi-jinping'],
    ['/authors/anna', 'page=2&page=3', '/authors/anna'],
    ['/events', 'page=2.5', '/events'],
    ['/events/page/2', 'page=3&ref=x', '/events/page/3?ref=x'],
    ['/search', 'q=trade&page=abc', '/search?q=trade'],
  ])('%s?%s goes to %s', (path, query, target) => {
    expect(pageQueryRedirect(path, new URLSearchParams(query))).toBe(target)
  })

  it.each([
    ['/search', 'q=trade&page=2'],
    ['/events/putin-state-visit-china-2024', 'page=2'],
    ['/articles/record-trade-200bn', 'page=2'],
    ['/topics/trade', 'q=x'],
  ])('%s?%s stays', (path, query) => {
    expect(pageQueryRedirect(path, new URLSearchParams(query))).toBeNull()
  })
})

describe('document ids', () => {
  it.each([
    ['1', 1],
    ['42', 42],
    ['2147483647', 2147483647],
  ])('%s is %d', (raw, id) => {
    expect(parseDocumentId(raw)).toBe(id)
  })
  it.each(['0', '01', '-1', 'abc', '2147483648', '99999999999', '1.5', ''])('%j is not an id', (raw) => {
    expect(parseDocumentId(raw)).toBeNull()
  })
})

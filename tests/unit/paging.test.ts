import { describe, expect, it } from 'vitest'

import { pageFromSegments, pagePath } from '../../lib/paging'

describe('archive paging by path', () => {
  it.each([
    [undefined, 1],
    [[], 1],
    [['page', '2'], 2],
    [['page', '200'], 200],
  ])('%j is page %d', (segments, page) => {
    expect(pageFromSegments(segments)).toBe(page)
  })

  it.each([[['page']], [['page', '0']], [['page', '02']], [['page', '-1']], [['page', '2', 'x']], [['pages', '2']], [['page', '1e3']], [['page', '9999999']]])(
    '%j is not a page',
    (segments) => {
      expect(pageFromSegments(segments)).toBeNull()
    },
  )

  it('builds paths with page 1 at the archive root', () => {
    expect(pagePath('/', 1)).toBe('/')
    expect(pagePath('/', 3)).toBe('/page/3')
    expect(pagePath('/topics/trade', 1)).toBe('/topics/trade')
    expect(pagePath('/topics/trade/', 2)).toBe('/topics/trade/page/2')
  })
})

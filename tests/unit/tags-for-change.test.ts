import { describe, expect, it } from 'vitest'

import { tags } from '../../lib/cache/tags'
import { tagsForChange, type RowSnapshot } from '../../lib/cache/tags-for-change'

const published = (slug: string, updatedAt = '2026-01-01T00:00:00.000Z'): RowSnapshot => ({
  slug,
  _status: 'published',
  updatedAt,
})
const draft = (slug: string, updatedAt = '2026-01-01T00:00:00.000Z'): RowSnapshot => ({
  slug,
  _status: 'draft',
  updatedAt,
})
const later = '2026-01-02T00:00:00.000Z'

describe('tagsForChange for articles', () => {
  it('publishing a new article expires the lists and its own URL', () => {
    expect(tagsForChange({ collection: 'articles', before: null, after: published('a') })).toEqual([
      tags.articleList,
      tags.article('a'),
    ])
  })

  it('creating a draft expires nothing', () => {
    expect(tagsForChange({ collection: 'articles', before: null, after: draft('a') })).toEqual([])
  })

  it('publishing an existing draft expires the lists and its URL', () => {
    expect(tagsForChange({ collection: 'articles', before: draft('a'), after: published('a', later) })).toEqual([
      tags.articleList,
      tags.article('a'),
    ])
  })

  it('unpublishing expires the lists and its URL', () => {
    expect(tagsForChange({ collection: 'articles', before: published('a'), after: draft('a', later) })).toEqual([
      tags.articleList,
      tags.article('a'),
    ])
  })

  it('unpublishing a renamed article also expires its old URLs, which redirected to it', () => {
    const before = { ...published('c'), previousSlugs: ['a', 'b'] }
    const after = { ...draft('c', later), previousSlugs: ['a', 'b'] }
    expect(tagsForChange({ collection: 'articles', before, after })).toEqual([
      tags.articleList,
      tags.article('c'),
      tags.article('a'),
      tags.article('b'),
    ])
  })

  it('a draft saved over a published article leaves the stored row alone and expires nothing', () => {
    expect(tagsForChange({ collection: 'articles', before: published('a'), after: published('a') })).toEqual([])
  })

  it('editing a draft that was never published expires nothing', () => {
    expect(tagsForChange({ collection: 'articles', before: draft('a'), after: draft('a', later) })).toEqual([])
  })

  it('a changed slug expires both the old and the new URL', () => {
    expect(tagsForChange({ collection: 'articles', before: published('old'), after: published('new', later) })).toEqual(
      [tags.articleList, tags.article('old'), tags.article('new')],
    )
  })

  it('deleting or trashing a published article expires it', () => {
    expect(tagsForChange({ collection: 'articles', before: published('a'), after: null })).toEqual([
      tags.articleList,
      tags.article('a'),
    ])
    const trashed = { ...published('a', later), deletedAt: later }
    expect(tagsForChange({ collection: 'articles', before: published('a'), after: trashed })).toEqual([
      tags.articleList,
      tags.article('a'),
    ])
  })

  it('deleting a draft expires nothing', () => {
    expect(tagsForChange({ collection: 'articles', before: draft('a'), after: null })).toEqual([])
  })
})

describe('tagsForChange for documents shown inside others', () => {
  it('expires the document wherever it is embedded, by id', () => {
    expect(tagsForChange({ collection: 'articles', before: null, after: { ...published('a'), id: 7 } })).toContain(
      tags.doc('articles', 7),
    )
  })

  it('collections without drafts are public on every save: a renamed author expires bylines and both profile URLs', () => {
    const before = { id: 3, slug: 'old-name', updatedAt: '2026-01-01T00:00:00.000Z' }
    const after = { id: 3, slug: 'new-name', updatedAt: later }
    expect(tagsForChange({ collection: 'users', before, after })).toEqual([
      tags.list('users'),
      tags.bySlug('users', 'old-name'),
      tags.doc('users', 3),
      tags.bySlug('users', 'new-name'),
    ])
  })

  it('a topic deleted expires its page, lists and embeds', () => {
    expect(
      tagsForChange({ collection: 'topics', before: { id: 1, slug: 'trade', updatedAt: later }, after: null }),
    ).toEqual([tags.list('topics'), tags.bySlug('topics', 'trade'), tags.doc('topics', 1)])
  })
})

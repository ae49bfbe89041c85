import { describe, expect, it } from 'vitest'

import { tags } from '../../lib/cache/tags'
import { NOTHING, tagsForChange, type RowSnapshot } from '../../lib/cache/tags-for-change'

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

/** The exact tags a change to an article always expires, besides its own URLs. */
const ARTICLE_HEADS = [tags.allArticles, tags.articlesHead(), tags.articleSearch]
/** What an article change re-ranks or shifts when it shares nothing: later pages, boxes filled with the latest. */
const ARTICLE_ELSEWHERE = [tags.articlesTail(), tags.relatedLatest]

describe('tagsForChange for articles', () => {
  it('publishing a new article expires its URL and the first pages at once, later pages within the bound', () => {
    expect(tagsForChange({ collection: 'articles', before: null, after: published('a') })).toEqual({
      exact: [tags.allArticles, tags.article('a'), tags.articlesHead(), tags.articleSearch],
      bounded: ARTICLE_ELSEWHERE,
    })
  })

  it('creating a draft expires nothing', () => {
    expect(tagsForChange({ collection: 'articles', before: null, after: draft('a') })).toEqual(NOTHING)
  })

  it('publishing an existing draft expires its URL and the first pages; the rest within the bound', () => {
    const expiry = tagsForChange({ collection: 'articles', before: draft('a'), after: published('a', later) })
    expect(expiry.exact).toEqual(expect.arrayContaining([...ARTICLE_HEADS, tags.article('a')]))
    expect(expiry.bounded).toEqual(ARTICLE_ELSEWHERE)
  })

  it('unpublishing is exact everywhere: no page may go on showing the story', () => {
    const expiry = tagsForChange({ collection: 'articles', before: published('a'), after: draft('a', later) })
    expect(expiry.exact).toEqual(expect.arrayContaining([...ARTICLE_HEADS, ...ARTICLE_ELSEWHERE, tags.article('a')]))
    expect(expiry.bounded).toEqual([])
  })

  it('unpublishing a renamed article also expires its old URLs, which redirected to it', () => {
    const before = { ...published('c'), previousSlugs: ['a', 'b'] }
    const after = { ...draft('c', later), previousSlugs: ['a', 'b'] }
    expect(tagsForChange({ collection: 'articles', before, after }).exact).toEqual(
      expect.arrayContaining([tags.article('c'), tags.article('a'), tags.article('b')]),
    )
  })

  it('a draft saved over a published article leaves the stored row alone and expires nothing', () => {
    expect(tagsForChange({ collection: 'articles', before: published('a'), after: published('a') })).toEqual(NOTHING)
  })

  it('editing a draft that was never published expires nothing', () => {
    expect(tagsForChange({ collection: 'articles', before: draft('a'), after: draft('a', later) })).toEqual(NOTHING)
  })

  it('a changed slug expires both the old and the new URL', () => {
    const expiry = tagsForChange({ collection: 'articles', before: published('old'), after: published('new', later) })
    expect(expiry.exact).toEqual(expect.arrayContaining([tags.article('old'), tags.article('new')]))
  })

  it('deleting or trashing a published article expires it everywhere at once', () => {
    for (const after of [null, { ...published('a', later), deletedAt: later }]) {
      const expiry = tagsForChange({ collection: 'articles', before: published('a'), after })
      expect(expiry.exact).toEqual(expect.arrayContaining([...ARTICLE_HEADS, ...ARTICLE_ELSEWHERE, tags.article('a')]))
      expect(expiry.bounded).toEqual([])
    }
  })

  it('deleting a draft expires nothing', () => {
    expect(tagsForChange({ collection: 'articles', before: draft('a'), after: null })).toEqual(NOTHING)
  })
})

describe('tagsForChange for the lists an article is on', () => {
  const topic = { field: 'topics', id: 4 } as const
  const summit = { field: 'event', id: 9 } as const
  const person = { field: 'people', id: 2 } as const

  it('a publish expires the first page of every list it is on, and re-ranks what shares them within the bound', () => {
    const after = { ...published('a'), id: 1, scopes: [topic, summit] }
    const expiry = tagsForChange({ collection: 'articles', before: null, after })
    expect(expiry.exact).toEqual(
      expect.arrayContaining([tags.articlesHead(topic), tags.articlesHead(summit), tags.doc('articles', 1)]),
    )
    expect(expiry.bounded).toEqual(
      expect.arrayContaining([
        tags.articlesTail(topic),
        tags.articlesTail(summit),
        tags.related(topic),
        tags.related(summit),
      ]),
    )
    // Nothing about lists it is not on.
    expect([...expiry.exact, ...expiry.bounded].some((tag) => tag.includes(':people:'))).toBe(false)
  })

  it('moving a story between lists expires the lists it left as well as those it joined', () => {
    const before = { ...published('a'), id: 1, scopes: [topic] }
    const after = { ...published('a', later), id: 1, scopes: [person] }
    const expiry = tagsForChange({ collection: 'articles', before, after })
    expect(expiry.exact).toEqual(expect.arrayContaining([tags.articlesHead(topic), tags.articlesHead(person)]))
    expect(expiry.bounded).toEqual(expect.arrayContaining([tags.related(topic), tags.related(person)]))
  })

  it('taking a story down expires every list it was on and every related box sharing them, at once', () => {
    const before = { ...published('a'), id: 1, scopes: [topic, person] }
    const expiry = tagsForChange({ collection: 'articles', before, after: null })
    expect(expiry.exact).toEqual(
      expect.arrayContaining([tags.articlesTail(topic), tags.related(topic), tags.related(person)]),
    )
    expect(expiry.bounded).toEqual([])
  })
})

describe('tagsForChange for statements', () => {
  const summit = { field: 'event', id: 9 } as const
  const speaker = { field: 'speaker', id: 2 } as const
  const otherSpeaker = { field: 'speaker', id: 3 } as const

  it("a statement expires the latest statements, its summit's timeline and its speaker's page, exactly", () => {
    const after = { ...published('s'), id: 5, scopes: [summit, speaker] }
    expect(tagsForChange({ collection: 'statements', before: null, after })).toEqual({
      exact: [
        tags.list('statements'),
        tags.bySlug('statements', 's'),
        tags.doc('statements', 5),
        tags.statementsHead(),
        tags.statementsHead(summit),
        tags.statementsHead(speaker),
      ],
      bounded: [],
    })
  })

  it("a statement given to another speaker leaves both speakers' pages fresh, and no one else's", () => {
    const before = { ...published('s'), id: 5, scopes: [speaker] }
    const after = { ...published('s', later), id: 5, scopes: [otherSpeaker] }
    const { exact } = tagsForChange({ collection: 'statements', before, after })
    expect(exact).toEqual(expect.arrayContaining([tags.statementsHead(speaker), tags.statementsHead(otherSpeaker)]))
    expect(exact.filter((tag) => tag.includes(':speaker:'))).toHaveLength(2)
    expect(exact.some((tag) => tag.includes(':event:'))).toBe(false)
  })
})

describe('tagsForChange for documents shown inside others', () => {
  it('expires the document wherever it is embedded, by id', () => {
    expect(
      tagsForChange({ collection: 'articles', before: null, after: { ...published('a'), id: 7 } }).exact,
    ).toContain(tags.doc('articles', 7))
  })

  it('collections without drafts are public on every save: a renamed author expires bylines and both profile URLs', () => {
    const before = { id: 3, slug: 'old-name', updatedAt: '2026-01-01T00:00:00.000Z' }
    const after = { id: 3, slug: 'new-name', updatedAt: later }
    expect(tagsForChange({ collection: 'users', before, after })).toEqual({
      exact: [
        tags.list('users'),
        tags.bySlug('users', 'old-name'),
        tags.doc('users', 3),
        tags.bySlug('users', 'new-name'),
      ],
      bounded: [],
    })
  })

  it('a topic deleted expires its page, lists and embeds', () => {
    expect(
      tagsForChange({ collection: 'topics', before: { id: 1, slug: 'trade', updatedAt: later }, after: null }),
    ).toEqual({ exact: [tags.list('topics'), tags.bySlug('topics', 'trade'), tags.doc('topics', 1)], bounded: [] })
  })
})

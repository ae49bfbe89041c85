import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { flushRevalidations } from '../../lib/cache/revalidate'
import { findLatestArticles } from '../../lib/content/queries/archive'
import { findPublishedArticle } from '../../lib/content/queries/articles'
import { testPayload, unique } from '../support/payload'

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

describe('the public read layer (lib/content)', () => {
  const slugs = { published: unique('published'), draft: unique('draft'), withdrawn: unique('withdrawn') }

  beforeAll(async () => {
    const payload = await testPayload()
    await payload.create({
      collection: 'articles',
      data: {
        title: 'Published story',
        slug: slugs.published,
        standfirst: 'Out now',
        body: paragraph('Body text'),
        _status: 'published',
      },
    })
    await payload.create({
      collection: 'articles',
      data: { title: 'Secret draft', slug: slugs.draft, _status: 'draft' },
    })
    const withdrawn = await payload.create({
      collection: 'articles',
      data: { title: 'Withdrawn story', slug: slugs.withdrawn, _status: 'published' },
    })
    await payload.update({ collection: 'articles', id: withdrawn.id, data: { _status: 'draft' } })
  })

  afterAll(async () => flushRevalidations(await testPayload()))

  it('lists published articles, newest first, and never drafts or withdrawn ones', async () => {
    const archive = await findLatestArticles(await testPayload(), 1)
    const listed = archive?.articles.map((article) => article.slug) ?? []
    expect(listed).toContain(slugs.published)
    expect(listed).not.toContain(slugs.draft)
    expect(listed).not.toContain(slugs.withdrawn)
    const times = archive!.articles.map((article) => Date.parse(article.publishedAt ?? ''))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('returns a published article with its body and only public fields', async () => {
    const article = await findPublishedArticle(await testPayload(), slugs.published)
    expect(article?.title).toBe('Published story')
    expect(JSON.stringify(article?.body)).toContain('Body text')
    expect(Object.keys(article ?? {}).sort()).toEqual([
      'authors',
      'body',
      'corrections',
      'dateline',
      'event',
      'externalCoverage',
      'heroImage',
      'id',
      'modifiedAt',
      'people',
      'publishedAt',
      'relatedArticles',
      'seo',
      'slug',
      'standfirst',
      'statements',
      'title',
      'topics',
      'updatedAt',
    ])
  })

  it('answers null for drafts, withdrawn articles, unknown and malformed slugs', async () => {
    const payload = await testPayload()
    for (const slug of [slugs.draft, slugs.withdrawn, 'no-such-article', "x' or 1=1 --", '../admin']) {
      expect(await findPublishedArticle(payload, slug)).toBeNull()
    }
  })

  it('shows the published version while a newer draft is being edited', async () => {
    const payload = await testPayload()
    const [doc] = (await payload.find({ collection: 'articles', where: { slug: { equals: slugs.published } } })).docs
    await payload.update({ collection: 'articles', id: doc!.id, draft: true, data: { title: 'Unfinished rewrite' } })
    expect((await findPublishedArticle(payload, slugs.published))?.title).toBe('Published story')
  })

  it('answers null past the last page of the archive', async () => {
    expect(await findLatestArticles(await testPayload(), 999)).toBeNull()
  })
})

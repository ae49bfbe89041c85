import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith'
import { beforeAll, describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'

import { loadFeed } from '../../lib/content/feeds'
import type { FeedScope } from '../../lib/feeds/model'
import { richTextFromParagraphs } from '../../lib/rich-text/from-paragraphs'
import { seedDemoContent } from '../../scripts/seed/seed-demo'
import { testPayload, unique } from '../support/payload'

const SITE = 'https://news.example'
const OPTIONS = { site: SITE, limit: 50 }

// What an editor can paste: markup, entities, a CDATA terminator, C0 controls, a
// non-character, emoji and right-to-left marks.
const HOSTILE = 'Tariffs & <b>"quotas"</b> ]]> \u0001\u0008\uFFFE 🚀 \u200Fשלום\u200E — done'
const HOSTILE_CLEAN = 'Tariffs & <b>"quotas"</b> ]]>  🚀 \u200Fשלום\u200E — done'

async function wellFormed(xml: string): Promise<void> {
  // Strict libxml2 parse (no schema): any well-formedness error fails.
  const result = await validateXML({ xml: [{ fileName: 'feed.xml', contents: xml }], normalization: 'format' })
  expect(result.errors).toEqual([])
}

describe('feeds', () => {
  const titles: Record<string, string> = {}
  let topic: FeedScope

  beforeAll(async () => {
    const payload = await testPayload()
    await seedDemoContent(payload)
    const author = await payload.create({
      collection: 'users',
      data: {
        email: `${unique('author')}@test.localhost`,
        password: unique('pw'),
        name: `Ann ${HOSTILE}`,
        roles: ['writer'],
      },
    })
    const second = await payload.create({
      collection: 'users',
      data: {
        email: `${unique('author')}@test.localhost`,
        password: unique('pw'),
        name: 'Bob Second',
        roles: ['writer'],
      },
    })
    const created = await payload.create({ collection: 'topics', data: { name: unique('Feeds topic') } })
    topic = { section: 'topics', slug: created.slug as string }
    const article = async (key: string, data: Record<string, unknown>) => {
      titles[key] = typeof data.title === 'string' ? data.title : `${key} ${unique('story')}`
      return payload.create({
        collection: 'articles',
        data: {
          title: titles[key],
          topics: [created.id],
          authors: [author.id],
          publishedAt: '2024-06-01T10:00:00.000Z',
          _status: 'published',
          ...data,
        },
      })
    }
    await article('hostile', {
      title: `${HOSTILE} ${unique('story')}`.replace(/[\u0001\u0008\uFFFE]/g, ''),
      standfirst: HOSTILE,
      authors: [author.id, second.id],
      modifiedAt: '2024-06-02T08:30:00.000Z',
      body: richTextFromParagraphs([`First paragraph ${HOSTILE}`, 'Second paragraph with the whole text.']),
    })
    await payload.create({
      collection: 'articles',
      data: { title: (titles.draft = unique('draft story')), topics: [created.id], _status: 'draft' },
      draft: true,
    })
    const withdrawn = await article('withdrawn', {})
    await payload.update({ collection: 'articles', id: withdrawn.id, data: { _status: 'draft' } })
    const deleted = await article('deleted', {})
    await payload.delete({ collection: 'articles', id: deleted.id })
  })

  // Other suites add stories to the same database: the site feed reads deep enough to hold
  // the seed's lead story whatever they added.
  const feedOf = async (format: 'rss' | 'atom' | 'json', scope: FeedScope) => {
    const feed = await loadFeed(
      await testPayload(),
      format,
      scope,
      scope.section === null ? { ...OPTIONS, limit: 500 } : OPTIONS,
    )
    expect(feed).not.toBeNull()
    return feed!
  }

  it('RSS 2.0: well-formed, full body, every author, categories, dates, hero enclosure and media:content', async () => {
    const { body } = await feedOf('rss', { section: null })
    await wellFormed(body)
    const rss = parseRssFeed(body)
    expect(rss).toMatchObject({ title: 'Summit Wire', link: `${SITE}/`, language: 'en' })
    expect(rss.atom?.links?.[0]).toMatchObject({ href: `${SITE}/feed.xml`, rel: 'self' })
    expect(rss.image?.url).toBe(`${SITE}/site-icon.png`)
    expect(new Date(rss.lastBuildDate!).toUTCString()).toBe(rss.lastBuildDate)

    const lead = rss.items!.find((item) => item.link === `${SITE}/articles/record-trade-200bn`)!
    expect(lead.guid).toMatchObject({ isPermaLink: false })
    expect(lead.guid?.value).toMatch(/^tag:news\.example,2024:articles\/\d+$/)
    expect(lead.pubDate).toBe('Thu, 16 May 2024 15:00:00 GMT')
    expect(lead.description).toBeTruthy()
    expect(lead.dc?.creators?.length).toBeGreaterThan(0)
    expect(lead.categories?.map((category) => category.name)).toContain('Trade')
    // The full body, with the embedded chart's table and absolute links.
    expect(lead.content?.encoded).toContain('<table')
    expect(lead.content?.encoded).not.toMatch(/(href|src)="\//)
    expect(lead.enclosures?.[0]).toMatchObject({ type: 'image/png' })
    expect(lead.enclosures?.[0]?.url).toMatch(new RegExp(`^${SITE}/`))
    expect(lead.enclosures?.[0]?.length).toBeGreaterThan(1000)
    expect(lead.media?.contents?.[0]).toMatchObject({ medium: 'image', width: 1600, height: 900 })
  })

  it('Atom 1.0: ids, self link, authors with uris, published and updated in RFC 3339', async () => {
    const { body } = await feedOf('atom', topic)
    await wellFormed(body)
    const atom = parseAtomFeed(body)
    expect(atom.links?.find((link) => link.rel === 'self')?.href).toBe(
      `${SITE}/topics/${(topic as { slug: string }).slug}/feed.atom`,
    )
    const entry = atom.entries!.find((item) => item.title?.value === titles.hostile)!
    expect(entry.authors?.map((author) => author.name)).toEqual([`Ann ${HOSTILE_CLEAN}`, 'Bob Second'])
    expect(entry.authors?.[0]?.uri).toMatch(new RegExp(`^${SITE}/authors/`))
    expect(entry.published).toBe('2024-06-01T10:00:00.000Z')
    expect(entry.updated).toBe('2024-06-02T08:30:00.000Z')
    expect(entry.summary?.value).toBe(HOSTILE_CLEAN)
    expect(entry.content?.type).toBe('html')
    expect(entry.content?.value).toContain('Second paragraph with the whole text.')
  })

  it('JSON Feed 1.1: version, language, authors, content_html', async () => {
    const { body } = await feedOf('json', topic)
    const json = JSON.parse(body) as { version: string }
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    const feed = parseJsonFeed(json)
    expect(feed.language).toBe('en')
    const item = feed.items!.find((entry) => entry.title === titles.hostile)!
    expect(item.authors?.map((author) => author.name)).toEqual([`Ann ${HOSTILE_CLEAN}`, 'Bob Second'])
    expect(item.content_html).toContain('First paragraph')
    expect(item.date_modified).toBe('2024-06-02T08:30:00.000Z')
  })

  it('carry hostile text through every format intact, minus what XML cannot hold', async () => {
    for (const format of ['rss', 'atom', 'json'] as const) {
      const { body } = await feedOf(format, topic)
      expect(body, format).not.toMatch(/[\u0001\u0008\uFFFE]/)
      expect(body, format).not.toContain('<b>"quotas"</b>')
    }
    const rss = parseRssFeed((await feedOf('rss', topic)).body)
    const item = rss.items!.find((entry) => entry.title === titles.hostile)!
    expect(item.description).toBe(HOSTILE_CLEAN)
    expect(item.dc?.creators).toEqual([`Ann ${HOSTILE_CLEAN}`, 'Bob Second'])
    expect(item.pubDate).toBe('Sat, 01 Jun 2024 10:00:00 GMT')
    expect(item.atom?.updated).toBe('2024-06-02T08:30:00.000Z')
    expect(item.content?.encoded).toContain('First paragraph Tariffs &amp; &lt;b&gt;')
  })

  it('never carry drafts, withdrawn or deleted stories, in any feed', async () => {
    for (const format of ['rss', 'atom', 'json'] as const) {
      for (const scope of [{ section: null }, topic] as FeedScope[]) {
        const { body } = await feedOf(format, scope)
        for (const key of ['draft', 'withdrawn', 'deleted']) expect(body, `${format} ${key}`).not.toContain(titles[key])
      }
    }
    expect(parseRssFeed((await feedOf('rss', topic)).body).items?.map((item) => item.title)).toEqual([titles.hostile])
  })

  it('are null for a section that does not exist, and stable between builds', async () => {
    expect(await loadFeed(await testPayload(), 'rss', { section: 'people', slug: 'nobody-at-all' }, OPTIONS)).toBeNull()
    expect(await loadFeed(await testPayload(), 'rss', { section: 'topics', slug: '../../etc' }, OPTIONS)).toBeNull()
    const [first, second] = [await feedOf('atom', topic), await feedOf('atom', topic)]
    expect(second.etag).toBe(first.etag)
    expect(second.lastModified).toBe('Sun, 02 Jun 2024 08:30:00 GMT')
  })
})

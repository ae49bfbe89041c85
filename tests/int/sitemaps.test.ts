import { readFileSync } from 'node:fs'
import path from 'node:path'

import { DOMParser, type Document } from '@xmldom/xmldom'
import { beforeAll, describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'

import { loadSitemap } from '../../lib/content/sitemaps'
import { findSitemapPages, findSitemapUrls } from '../../lib/content/queries/sitemaps'
import { SITEMAP_KINDS } from '../../lib/content/views'
import { parseSitemapName } from '../../lib/seo/sitemaps'
import { seedDemoContent } from '../../scripts/seed/seed-demo'
import { testPayload, unique } from '../support/payload'

const SITE = 'https://news.example'
const SM = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const NEWS = 'http://www.google.com/schemas/sitemap-news/0.9'
const IMAGE = 'http://www.google.com/schemas/sitemap-image/1.1'

const schemaFile = (name: string) => ({
  fileName: name,
  contents: readFileSync(path.join(__dirname, '../fixtures/sitemaps', name), 'utf8'),
})

async function expectValid(xml: string, schema: 'sitemap.xsd' | 'siteindex.xsd'): Promise<Document> {
  const result = await validateXML({
    xml: [{ fileName: 'doc.xml', contents: xml }],
    schema: [schemaFile(schema)],
    preload: [schemaFile('sitemap-types.xsd')],
  })
  expect(result.errors).toEqual([])
  expect(result.valid).toBe(true)
  return new DOMParser().parseFromString(xml, 'application/xml')
}

const texts = (doc: Document, ns: string, name: string) =>
  Array.from(doc.getElementsByTagNameNS(ns, name)).map((node) => node.textContent ?? '')

async function sitemap(name: string, now?: Date): Promise<string> {
  const parsed = parseSitemapName(name)
  expect(parsed, name).not.toBeNull()
  const xml = await loadSitemap(await testPayload(), parsed!, SITE, now)
  expect(xml, name).not.toBeNull()
  return xml!
}

describe('sitemaps', () => {
  const slugs: Record<string, string> = {}
  const now = new Date()

  beforeAll(async () => {
    const payload = await testPayload()
    await seedDemoContent(payload)
    const article = async (key: string, data: Record<string, unknown>, draft = false) => {
      const doc = await payload.create({
        collection: 'articles',
        data: { title: unique(key), _status: draft ? 'draft' : 'published', ...data },
        draft,
      })
      slugs[key] = doc.slug as string
      return doc
    }
    await article('fresh', {
      publishedAt: new Date(now.getTime() - 3600_000).toISOString(),
      title: `Fresh & <news> ${unique('x')}`,
    })
    await article('stale', { publishedAt: new Date(now.getTime() - 72 * 3600_000).toISOString() })
    await article('future', { publishedAt: new Date(now.getTime() + 3600_000).toISOString() })
    await article('draft', { publishedAt: now.toISOString() }, true)
    const withdrawn = await article('withdrawn', { publishedAt: now.toISOString() })
    await payload.update({ collection: 'articles', id: withdrawn.id, data: { _status: 'draft' } })
    const deleted = await article('deleted', { publishedAt: now.toISOString() })
    await payload.delete({ collection: 'articles', id: deleted.id })
  })

  it('index every kind against the sitemaps.org schema, each page valid too', async () => {
    const index = await expectValid(await sitemap('index.xml'), 'siteindex.xsd')
    const locs = texts(index, SM, 'loc')
    for (const kind of SITEMAP_KINDS) expect(locs, kind).toContain(`${SITE}/sitemaps/${kind}-1.xml`)
    expect(texts(index, SM, 'lastmod').every((value) => !Number.isNaN(Date.parse(value)))).toBe(true)
    for (const loc of locs) {
      const doc = await expectValid(await sitemap(path.basename(loc)), 'sitemap.xsd')
      expect(texts(doc, SM, 'loc').length, loc).toBeLessThanOrEqual(50_000)
    }
  })

  it('list published stories with lastmod and their hero image, never drafts, withdrawn or deleted ones', async () => {
    const doc = await expectValid(await sitemap('articles-1.xml'), 'sitemap.xsd')
    const locs = texts(doc, SM, 'loc')
    expect(locs).toContain(`${SITE}/articles/record-trade-200bn`)
    expect(locs).toContain(`${SITE}/articles/${slugs.fresh}`)
    for (const key of ['draft', 'withdrawn', 'deleted'])
      expect(locs, key).not.toContain(`${SITE}/articles/${slugs[key]}`)
    const lead = Array.from(doc.getElementsByTagNameNS(SM, 'url')).find((url) =>
      url.getElementsByTagNameNS(SM, 'loc')[0]?.textContent?.endsWith('/record-trade-200bn'),
    )!
    expect(lead.getElementsByTagNameNS(SM, 'lastmod')[0]?.textContent).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(lead.getElementsByTagNameNS(IMAGE, 'loc')[0]?.textContent).toMatch(
      new RegExp(`^${SITE}/api/media/file/.+\\.png$`),
    )
  })

  it('list authors with a published story, people, topics, summits and statements', async () => {
    const authors = texts(await expectValid(await sitemap('authors-1.xml'), 'sitemap.xsd'), SM, 'loc')
    expect(authors.length).toBeGreaterThan(0)
    expect(authors.every((loc) => loc.startsWith(`${SITE}/authors/`))).toBe(true)
    expect(texts(await expectValid(await sitemap('people-1.xml'), 'sitemap.xsd'), SM, 'loc')).toContain(
      `${SITE}/people/xi-jinping`,
    )
    expect(texts(await expectValid(await sitemap('topics-1.xml'), 'sitemap.xsd'), SM, 'loc')).toContain(
      `${SITE}/topics/trade`,
    )
    expect(texts(await expectValid(await sitemap('events-1.xml'), 'sitemap.xsd'), SM, 'loc')).toContain(
      `${SITE}/events/putin-state-visit-china-2024`,
    )
    expect(
      texts(await expectValid(await sitemap('statements-1.xml'), 'sitemap.xsd'), SM, 'loc').every((loc) =>
        /\/statements\/\d+$/.test(loc),
      ),
    ).toBe(true)
  })

  it('page long lists in stable id order, each URL once', async () => {
    const payload = await testPayload()
    const pages = (await findSitemapPages(payload, 5)).filter((page) => page.kind === 'articles')
    expect(pages.length).toBeGreaterThan(1)
    const all = (await Promise.all(pages.map((page) => findSitemapUrls(payload, 'articles', page.page, 5))))
      .flat()
      .map((url) => url.path)
    expect(new Set(all).size).toBe(all.length)
    expect(all.length).toBe((await findSitemapUrls(payload, 'articles', 1, 10_000)).length)
    expect(await loadSitemap(payload, { kind: 'articles', page: 999 }, SITE)).toBeNull()
  })

  it('news: only the last 48 hours, with publication, language, date and title', async () => {
    const doc = await expectValid(await sitemap('news.xml', now), 'sitemap.xsd')
    const locs = texts(doc, SM, 'loc')
    expect(locs).toContain(`${SITE}/articles/${slugs.fresh}`)
    for (const key of ['stale', 'future', 'draft', 'withdrawn', 'deleted'])
      expect(locs, key).not.toContain(`${SITE}/articles/${slugs[key]}`)
    expect(locs.length).toBeLessThanOrEqual(1000)
    const urls = Array.from(doc.getElementsByTagNameNS(SM, 'url'))
    for (const url of urls) {
      expect(url.getElementsByTagNameNS(NEWS, 'name')[0]?.textContent).toBe('Summit Wire')
      expect(url.getElementsByTagNameNS(NEWS, 'language')[0]?.textContent).toBe('en')
      expect(Date.parse(url.getElementsByTagNameNS(NEWS, 'publication_date')[0]?.textContent ?? '')).toBeGreaterThan(
        now.getTime() - 48 * 3600_000,
      )
      expect(url.getElementsByTagNameNS(NEWS, 'title')[0]?.textContent).toBeTruthy()
    }
    expect(texts(doc, NEWS, 'title').some((title) => title.startsWith('Fresh & <news>'))).toBe(true)
  })

  it('names nothing else', () => {
    for (const name of [
      'sitemap.xml',
      'articles-0.xml',
      'articles-01.xml',
      'secrets-1.xml',
      'articles-1.xml.bak',
      '../index.xml',
      'articles-999999.xml',
    ]) {
      expect(parseSitemapName(name), name).toBeNull()
    }
  })
})

import type { CollectionSlug, Field } from 'payload'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { richTextFromParagraphs } from '../../lib/rich-text/from-paragraphs'
import { testPayload, unique } from '../support/payload'
import { linkNode } from '../support/rich-text'

/** The messages Payload returns for a refused save: what the admin shows beside each field. */
async function messagesFor(
  collection: CollectionSlug,
  data: Record<string, unknown>,
  file?: { data: Buffer; mimetype: string; name: string; size: number },
) {
  const payload = await testPayload()
  try {
    await payload.create({ collection, data, file })
  } catch (error) {
    const fieldErrors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
    if (fieldErrors) return Object.fromEntries(fieldErrors.map((entry) => [entry.path, entry.message]))
    throw error
  }
  return {}
}

function withLink(url: string) {
  const body = richTextFromParagraphs(['See the report.'])
  const paragraph = body.root.children[0] as unknown as { children: unknown[] }
  paragraph.children.push(linkNode(url, 'here'))
  return body
}

describe('validation messages', () => {
  it('slugs are lowercase and URL-safe', async () => {
    expect(await messagesFor('articles', { title: 'Fine', slug: 'Not a Slug' })).toEqual({
      slug: 'Use only lowercase letters a–z, digits and single hyphens between words (e.g. "xi-putin-trade-record").',
    })
  })

  it('a slug typed twice is refused by name; a generated one gets a suffix instead', async () => {
    const payload = await testPayload()
    const slug = unique('taken')
    await payload.create({ collection: 'topics', data: { name: 'First', slug } })
    expect(await messagesFor('topics', { name: 'Second', slug })).toEqual({
      slug: `Another document already uses the slug "${slug}": choose a different one.`,
    })
    const name = unique('Same Name')
    const first = await payload.create({ collection: 'people', data: { name } })
    const second = await payload.create({ collection: 'people', data: { name } })
    expect(second.slug).toBe(`${first.slug}-2`)
  })

  it('a slug is made from the title when left empty, in any script', async () => {
    const payload = await testPayload()
    const topic = await payload.create({ collection: 'topics', data: { name: `Энергетика ${unique('x')}` } })
    expect(topic.slug).toMatch(/^energetika-x-/)
  })

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['ftp://example.com/file'],
    ['//evil.example'],
  ])('link fields refuse %s', async (url) => {
    expect(
      await messagesFor('articles', { title: 'Links', externalCoverage: [{ outlet: 'X', title: 'Y', url }] }),
    ).toEqual({
      'externalCoverage.0.url': 'Enter a full web address starting with http:// or https://.',
    })
    const payload = await testPayload()
    const speaker = (await payload.create({ collection: 'people', data: { name: unique('Speaker') } })).id
    expect(await messagesFor('statements', { speaker, quote: 'Words', sourceUrl: url })).toEqual({
      sourceUrl: 'Enter a full web address starting with http:// or https://.',
    })
  })

  it('every address field an editor fills, in any collection, refuses javascript: and data: URLs', async () => {
    const payload = await testPayload()
    const found: string[] = []
    const visit = async (fields: Field[], path: string): Promise<void> => {
      for (const field of fields) {
        const at = 'name' in field && field.name ? `${path}.${field.name}` : path
        if ('fields' in field) await visit(field.fields, at)
        if (field.type === 'tabs') for (const tab of field.tabs) await visit(tab.fields, at)
        if (field.type === 'blocks') for (const block of field.blocks) await visit(block.fields, `${at}.${block.slug}`)
        // Editable text fields that hold an address (Payload's own upload URLs are read-only).
        if (field.type !== 'text' || !/url$/i.test(field.name) || field.admin?.readOnly || field.admin?.hidden) continue
        found.push(at)
        for (const url of [
          'javascript:alert(1)',
          'data:text/html,<script>alert(1)</script>',
          'JaVaScRiPt:alert(1)',
          ' javascript:alert(1)',
        ]) {
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the validators here read only the value
          expect(await field.validate?.(url as never, {} as any), `${at} took ${url}`).toEqual(expect.any(String))
        }
      }
    }
    for (const collection of payload.config.collections) await visit(collection.fields, collection.slug)
    expect(found.sort()).toEqual(['articles.externalCoverage.url', 'indicators.sourceUrl', 'statements.sourceUrl'])
  })

  it.each([['javascript:alert(1)'], ['data:text/html;base64,PHNjcmlwdD4='], ['vbscript:msgbox']])(
    'links inside rich text refuse %s',
    async (url) => {
      const messages = await messagesFor('articles', { title: 'Body link', body: withLink(url) })
      expect(messages.body).toMatch(/^Links must start with http:\/\/, https:\/\/ or \//)
    },
  )

  it.each([['not lexical'], [{ root: 'bad' }], [{ root: { type: 'paragraph', children: [] } }], [[1, 2]]])(
    'a body that is not a Lexical document (%j) is refused',
    async (body) => {
      const messages = await messagesFor('articles', { title: 'Odd body', body })
      expect(messages.body).toMatch(/^This is not a rich-text document/)
    },
  )

  it('rich-text links to the web and to this site are fine', async () => {
    const payload = await testPayload()
    for (const url of ['https://tass.com/economy/1826171', '/topics/trade']) {
      const article = await payload.create({
        collection: 'articles',
        data: { title: unique('ok link'), body: withLink(url) },
      })
      expect(article.id).toBeGreaterThan(0)
    }
  })

  it('an event cannot end before it starts', async () => {
    expect(
      await messagesFor('events', {
        name: 'Backwards summit',
        kind: 'summit',
        startDate: '2024-05-17T00:00:00.000Z',
        endDate: '2024-05-16T00:00:00.000Z',
      }),
    ).toEqual({
      endDate: 'The end date cannot be before the start date.',
    })
  })

  it('a statement needs a speaker and a quote', async () => {
    expect(await messagesFor('statements', { quote: '   ' })).toEqual({
      speaker: 'A statement needs a speaker: choose the person who said it.',
      quote: 'A statement needs a quote: enter the words said.',
    })
  })

  it('an image needs alt text, and SVG is refused', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#8a1c1c' } })
      .png()
      .toBuffer()
    expect(
      await messagesFor(
        'media',
        { caption: 'No alt' },
        { data: png, mimetype: 'image/png', name: 'red.png', size: png.length },
      ),
    ).toEqual({
      alt: 'Describe the image in the alt text: readers who cannot see it rely on it.',
    })
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    expect(
      await messagesFor(
        'media',
        { alt: 'A script' },
        { data: svg, mimetype: 'image/svg+xml', name: 'x.svg', size: svg.length },
      ),
    ).toEqual({
      file: expect.stringMatching(/^Invalid MIME type: image\/svg\+xml/),
    })
  })
})

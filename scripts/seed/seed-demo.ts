import { randomBytes } from 'node:crypto'

import type { CollectionSlug, Payload, Where } from 'payload'

import { blockNode, richTextFromParagraphs, richTextWithBlocks } from '../../lib/rich-text/from-paragraphs'
import { renderIndicatorChart } from './chart-image'
import { slugify } from '../../lib/slug'
import { articles } from './data/articles'
import { authors } from './data/authors'
import { events } from './data/events'
import { indicators } from './data/indicators'
import { people } from './data/people'
import { statements } from './data/statements'
import { topics } from './data/topics'

type Id = number

/** The seed story, and the indicator its hero chart draws. */
const LEAD_ARTICLE = 'record-trade-200bn'
const LEAD_CHART_INDICATOR = 'russia-china-trade-turnover'
const LEAD_STATEMENT = 'xi-trade-record-levels'
type KeyMap = Map<string, Id>

export interface SeedCounts {
  created: number
  existing: number
}

/**
 * The demo newsroom: the seed story and what surrounds it. Idempotent: a document that
 * already exists (same slug, email, or speaker and quote) is left as it is, editors' changes
 * included, so running it again changes nothing.
 */
export async function seedDemoContent(payload: Payload): Promise<SeedCounts> {
  const counts: SeedCounts = { created: 0, existing: 0 }

  async function ensure(collection: CollectionSlug, where: Where, create: () => Promise<{ id: Id }>): Promise<Id> {
    const found = await payload.find({
      collection,
      where,
      limit: 1,
      depth: 0,
      pagination: false,
      select: {},
      draft: false,
    })
    const existing = found.docs[0] as { id: Id } | undefined
    if (existing) {
      counts.existing += 1
      return existing.id
    }
    counts.created += 1
    return (await create()).id
  }

  const resolve = (map: KeyMap, keys: string[] | undefined, kind: string): Id[] =>
    (keys ?? []).map((key) => {
      const id = map.get(key)
      if (id === undefined) throw new Error(`Seed data refers to an unknown ${kind} "${key}"`)
      return id
    })

  const topicIds: KeyMap = new Map()
  for (const topic of topics) {
    topicIds.set(
      topic.key,
      await ensure('topics', { slug: { equals: topic.key } }, () =>
        payload.create({
          collection: 'topics',
          data: { name: topic.name, slug: topic.key, description: topic.description },
        }),
      ),
    )
  }

  const personIds: KeyMap = new Map()
  for (const person of people) {
    const slug = slugify(person.name)
    personIds.set(
      person.key,
      await ensure('people', { slug: { equals: slug } }, () =>
        payload.create({
          collection: 'people',
          data: { name: person.name, slug, role: person.role, country: person.country, bio: person.bio },
        }),
      ),
    )
  }

  const authorIds: KeyMap = new Map()
  for (const author of authors) {
    const email = `${author.key}@summitwire.localhost`
    authorIds.set(
      author.key,
      await ensure('users', { email: { equals: email } }, () =>
        payload.create({
          collection: 'users',
          // Bylines only: nobody knows this password; an admin can reset it to hand the account over.
          data: {
            email,
            password: randomBytes(24).toString('base64url'),
            name: author.name,
            slug: author.key,
            bio: author.bio,
            roles: ['writer'],
          },
        }),
      ),
    )
  }

  const eventIds: KeyMap = new Map()
  for (const event of events) {
    eventIds.set(
      event.key,
      await ensure('events', { slug: { equals: event.key } }, () =>
        payload.create({
          collection: 'events',
          data: {
            name: event.name,
            slug: event.key,
            kind: event.kind,
            startDate: event.startDate,
            endDate: event.endDate,
            location: { city: event.city, country: event.country },
            participants: resolve(personIds, event.participants, 'person'),
            summary: event.summary,
            outcomes: event.outcomes.map((text) => ({ text })),
            _status: 'published',
          },
        }),
      ),
    )
  }

  // The lead story's hero: the trade figures themselves, drawn as a chart.
  const tradeIndicator = indicators.find((indicator) => indicator.key === LEAD_CHART_INDICATOR)
  const heroAlt =
    'Bar chart of China–Russia trade turnover by year, rising from about 107 bn dollars in 2018 to 245 bn dollars in 2024, above the dashed 200 bn target line from 2023.'
  const heroImage = tradeIndicator
    ? await ensure('media', { alt: { equals: heroAlt } }, async () => {
        const png = await renderIndicatorChart(tradeIndicator)
        return payload.create({
          collection: 'media',
          data: {
            alt: heroAlt,
            caption: 'China–Russia trade turnover, USD bn, 2018–2024; the dashed line marks the 200 bn target.',
            credit: 'Chart: Summit Wire. Data: General Administration of Customs of China.',
          },
          file: { data: png, mimetype: 'image/png', name: 'russia-china-trade-turnover.png', size: png.length },
        })
      })
    : undefined

  const indicatorIds: KeyMap = new Map()
  for (const indicator of indicators) {
    const id = await ensure('indicators', { slug: { equals: indicator.key } }, () =>
      payload.create({
        collection: 'indicators',
        data: {
          name: indicator.name,
          slug: indicator.key,
          unit: indicator.unit,
          source: indicator.source,
          points: indicator.points,
          target: indicator.target ?? {},
        },
      }),
    )
    indicatorIds.set(indicator.key, id)
  }

  const statementIds: KeyMap = new Map()
  for (const statement of statements) {
    const speaker = resolve(personIds, [statement.speaker], 'person')[0]!
    statementIds.set(
      statement.key,
      await ensure(
        'statements',
        { and: [{ speaker: { equals: speaker } }, { quote: { equals: statement.quote } }] },
        () =>
          payload.create({
            collection: 'statements',
            data: {
              speaker,
              quote: statement.quote,
              paraphrase: statement.paraphrase,
              context: statement.context,
              date: statement.date,
              event: statement.event ? resolve(eventIds, [statement.event], 'event')[0] : undefined,
              topics: resolve(topicIds, statement.topics, 'topic'),
              sourceOutlet: statement.sourceOutlet,
              sourceUrl: statement.sourceUrl,
              _status: 'published',
            },
          }),
      ),
    )
  }

  // The seed story embeds Xi's remark as a quote card and the trade figures as a chart.
  const leadBody = (paragraphs: string[]) => {
    const xiStatement = statementIds.get(LEAD_STATEMENT)
    const chartIndicator = indicatorIds.get(LEAD_CHART_INDICATOR)
    return richTextWithBlocks(paragraphs, {
      1: xiStatement ? [blockNode({ blockType: 'statementEmbed', statement: xiStatement })] : [],
      2: chartIndicator
        ? [
            blockNode({
              blockType: 'chart',
              indicator: chartIndicator,
              title: 'China–Russia trade turnover against the 200 bn target',
            }),
          ]
        : [],
    })
  }

  // Two passes: curated related links may point at articles created later in the list.
  const articleIds: KeyMap = new Map()
  for (const article of articles) {
    const authorList = resolve(authorIds, article.authors, 'author')
    articleIds.set(
      article.key,
      await ensure('articles', { slug: { equals: article.key } }, () =>
        payload.create({
          collection: 'articles',
          data: {
            title: article.title,
            slug: article.key,
            heroImage: article.key === LEAD_ARTICLE ? heroImage : undefined,
            standfirst: article.standfirst,
            body:
              article.key === LEAD_ARTICLE ? leadBody(article.paragraphs) : richTextFromParagraphs(article.paragraphs),
            dateline: article.dateline,
            publishedAt: article.publishedAt,
            modifiedAt: article.corrections?.at(-1)?.date,
            authors: authorList,
            createdBy: authorList[0],
            topics: resolve(topicIds, article.topics, 'topic'),
            people: resolve(personIds, article.people, 'person'),
            event: article.event ? resolve(eventIds, [article.event], 'event')[0] : undefined,
            statements: resolve(statementIds, article.statements, 'statement'),
            externalCoverage: article.externalCoverage,
            corrections: article.corrections,
            _status: 'published',
          },
        }),
      ),
    )
  }
  for (const article of articles) {
    if (!article.relatedArticles?.length) continue
    const id = articleIds.get(article.key)!
    const current = await payload.findByID({ collection: 'articles', id, depth: 0, select: { relatedArticles: true } })
    if ((current.relatedArticles ?? []).length > 0) continue
    await payload.update({
      collection: 'articles',
      id,
      data: { relatedArticles: resolve(articleIds, article.relatedArticles, 'article') },
    })
  }

  return counts
}

/** True when the newsroom has no content at all: a fresh database worth seeding. */
export async function isEmptyNewsroom(payload: Payload): Promise<boolean> {
  const counts = await Promise.all(
    (['articles', 'events', 'statements', 'people', 'topics'] as const).map((collection) =>
      payload.count({ collection }),
    ),
  )
  return counts.every(({ totalDocs }) => totalDocs === 0)
}

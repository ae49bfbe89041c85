import type { Payload } from 'payload'

import { embeddedIds } from '../../rich-text/embedded-ids'
import type {
  ArticleEmbeds,
  ArticleView,
  ArticleWithReferences,
  ImageView,
  IndicatorView,
  Reference,
  References,
  StatementView,
} from '../views'
import { findIndicators } from './indicators'
import { findImages } from './media'
import { findReferences, type ReferenceIds } from './references'
import { findStatements } from './statements'

/** The embedded documents' loaded rows, before their speakers are named. */
export interface LoadedEmbeds {
  statements: StatementView[]
  images: ImageView[]
  indicators: IndicatorView[]
}

/** The ids a story's page loads besides the story: its hero first among the images. */
export function embedRequest(article: Pick<ArticleView, 'body' | 'heroImage'>) {
  const ids = embeddedIds(article.body)
  return { ...ids, images: [...new Set([...(article.heroImage ? [article.heroImage] : []), ...ids.images])] }
}

/** One query per kind the body embeds (at most three, run together), whatever their number. */
export async function findEmbeds(
  payload: Payload,
  request: { statements: number[]; images: number[]; indicators: number[] },
): Promise<LoadedEmbeds> {
  const [statements, images, indicators] = await Promise.all([
    findStatements(payload, request.statements),
    findImages(payload, request.images),
    findIndicators(payload, request.indicators),
  ])
  return { statements: [...statements.values()], images: [...images.values()], indicators: [...indicators.values()] }
}

/** Everything a story's page names — bylines, topics, people, its summit, the speakers of embedded quotes — for one query. */
export function referenceRequest(
  article: Pick<ArticleView, 'authors' | 'topics' | 'people' | 'event'>,
  embeds: LoadedEmbeds,
): Required<ReferenceIds> {
  const speakers = embeds.statements.flatMap((statement) => (statement.speaker ? [statement.speaker] : []))
  return {
    authors: article.authors,
    topics: article.topics,
    people: [...new Set([...article.people, ...speakers])],
    events: article.event ? [article.event] : [],
  }
}

/** Loaded embeds with their quotes' speakers named from `people`. */
export function namedEmbeds(embeds: LoadedEmbeds, people: Reference[]): ArticleEmbeds {
  const person = new Map(people.map((reference) => [reference.id, reference]))
  return {
    statements: embeds.statements.map((statement) => ({
      ...statement,
      speakerRef: (statement.speaker && person.get(statement.speaker)) || null,
    })),
    images: embeds.images,
    indicators: embeds.indicators,
  }
}

export function assembleArticle(article: ArticleView, embeds: LoadedEmbeds, named: References): ArticleWithReferences {
  const mine = new Set(article.people)
  return {
    ...article,
    references: { ...named, people: named.people.filter((reference) => mine.has(reference.id)) },
    hero: (article.heroImage && embeds.images.find((image) => image.id === article.heroImage)) || null,
    embeds: namedEmbeds(embeds, named.people),
  }
}

/** A story with all it shows, straight from the database (previews): at most four more queries. */
export async function findArticleSurroundings(payload: Payload, article: ArticleView): Promise<ArticleWithReferences> {
  const embeds = await findEmbeds(payload, embedRequest(article))
  return assembleArticle(article, embeds, await findReferences(payload, referenceRequest(article, embeds)))
}

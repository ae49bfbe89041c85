import type { ArticleWithReferences } from '../content/views'
import { formatDate } from '../format-date'
import type { OgCard } from './card'

/** What an article's generated cards say: its first topic, headline, dateline and date. */
export function articleCard(
  article: Pick<ArticleWithReferences, 'title' | 'dateline' | 'publishedAt' | 'references'>,
): OgCard {
  const footer = [article.dateline, article.publishedAt ? formatDate(article.publishedAt) : null]
    .filter(Boolean)
    .join(' · ')
  return { kicker: article.references.topics[0]?.name, title: article.title, footer }
}

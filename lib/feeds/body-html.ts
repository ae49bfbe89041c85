import type { ArticleEmbeds, FeedArticle } from '../content/views'
import { renderBodyHtml, type EmbedResolver } from '../rich-text/html'
import type { RenderedFeedArticle } from './build'

/** The HTML renderer's view of embeds loaded up front: lookups, no reads. */
export function embedResolver(embeds: ArticleEmbeds): EmbedResolver {
  const byId = <T extends { id: number }>(list: T[]) => new Map(list.map((item) => [item.id, item]))
  const [statements, images, indicators] = [byId(embeds.statements), byId(embeds.images), byId(embeds.indicators)]
  return {
    statement: async (id) => statements.get(id) ?? null,
    image: async (id) => images.get(id) ?? null,
    indicator: async (id) => indicators.get(id) ?? null,
  }
}

/** Feed articles with their bodies as self-contained HTML, every URL absolute on `site`. */
export async function renderFeedBodies(
  articles: FeedArticle[],
  embeds: ArticleEmbeds,
  site: string,
): Promise<RenderedFeedArticle[]> {
  const resolver = embedResolver(embeds)
  return Promise.all(
    articles.map(async ({ body, ...article }) => ({
      ...article,
      bodyHtml: await renderBodyHtml(body, site, resolver),
    })),
  )
}

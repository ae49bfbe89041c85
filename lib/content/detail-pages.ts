import { getPublishedArticle } from './articles'
import { getEvent } from './events'
import { previewArticle, previewEvent, previewSession, previewStatement } from './preview'
import { getStatement } from './statements'
import type { ArticleWithReferences } from './views'

// Each detail page's main read: the latest version when a signed-in editor previews it, the
// published one (cached) for everyone else.

/** An article page's article. */
export async function articleForPage(
  slug: string,
): Promise<{ article: ArticleWithReferences | null; preview: boolean }> {
  const preview = await previewSession()
  return preview
    ? { article: await previewArticle(slug, preview), preview: true }
    : { article: await getPublishedArticle(slug), preview: false }
}

/** A summit page's event. */
export async function eventForPage(slug: string) {
  const preview = await previewSession()
  return preview
    ? { event: await previewEvent(slug, preview), preview: true }
    : { event: await getEvent(slug), preview: false }
}

/** A statement page's statement. */
export async function statementForPage(id: number) {
  const preview = await previewSession()
  return preview
    ? { statement: await previewStatement(id, preview), preview: true }
    : { statement: await getStatement(id), preview: false }
}

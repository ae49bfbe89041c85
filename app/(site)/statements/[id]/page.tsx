import type { Metadata } from 'next'

import { ArticleList } from '@/components/ArticleList'
import { PreviewBanner } from '@/components/PreviewBanner'
import { StatementQuote } from '@/components/StatementQuote'
import { getStatement, statementForPage } from '@/lib/content'
import { formatDate } from '@/lib/format-date'
import { ogImage } from '@/lib/og/metadata'
import { parseDocumentId } from '@/lib/paging'
import { pageAlternates } from '@/lib/seo/alternates'
import { MissingPage } from '@/components/MissingPage'
import { NOT_FOUND_METADATA } from '@/lib/seo/not-found-metadata'

export const dynamicParams = true
// Served from cache until a change expires its tags; the hour is only a safety net.
export const revalidate = 3600

export function generateStaticParams(): { id: string }[] {
  return []
}

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseDocumentId((await params).id)
  const statement = id ? await getStatement(id) : null
  if (!statement) return NOT_FOUND_METADATA
  const speaker = statement.speakerRef?.name ?? 'Statement'
  const title = `${speaker}: ${shorten(statement.quote ?? '', 60)}`
  const description = shorten(statement.quote ?? '', 200)
  const path = `/statements/${statement.id}`
  const images = [ogImage(`${path}/og.png`, `${speaker}: ${statement.quote ?? ''}`)]
  return {
    title,
    description,
    alternates: pageAlternates(path),
    openGraph: { type: 'article', title, description, url: path, images },
    twitter: { card: 'summary_large_image', title, description, images },
  }
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}

export default async function StatementPage({ params }: Props) {
  const id = parseDocumentId((await params).id)
  const { statement, preview } = id ? await statementForPage(id) : { statement: null, preview: false }
  if (!statement) return <MissingPage />
  return (
    <article className="statement-page">
      {preview ? <PreviewBanner path={`/statements/${statement.id}`} /> : null}
      <p className="kicker">Statement{statement.date ? `, ${formatDate(statement.date)}` : ''}</p>
      <h1 className="visually-hidden">Statement by {statement.speakerRef?.name ?? 'an unknown speaker'}</h1>
      <StatementQuote statement={statement} speaker={statement.speakerRef} />
      {statement.originalText ? (
        <p className="original-text">
          In the original: {/* The language is not recorded; dir="auto" lets Arabic or Hebrew read right to left. */}
          <span dir="auto">{statement.originalText}</span>
        </p>
      ) : null}
      {statement.context ? <p>{statement.context}</p> : null}
      {statement.sourceOutlet ? (
        <p className="source">
          Source:{' '}
          {statement.sourceUrl ? (
            <a href={statement.sourceUrl} rel="external noopener noreferrer">
              {statement.sourceOutlet}
            </a>
          ) : (
            statement.sourceOutlet
          )}
        </p>
      ) : null}
      {statement.coverage.length > 0 ? (
        <section aria-labelledby="coverage-heading">
          <h2 id="coverage-heading">Coverage</h2>
          <ArticleList articles={statement.coverage} />
        </section>
      ) : null}
    </article>
  )
}

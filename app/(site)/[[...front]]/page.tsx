import type { Metadata } from 'next'
import Link from 'next/link'
import { permanentRedirect } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { DateTime } from '@/components/DateTime'
import { EventList } from '@/components/EventList'
import { Pagination } from '@/components/Pagination'
import { StatementQuote } from '@/components/StatementQuote'
import { listEvents, listLatestArticles, listLatestStatements } from '@/lib/content'
import { pageFromSegments } from '@/lib/paging'
import { NOT_FOUND_METADATA } from '@/lib/seo/not-found-metadata'
import { MissingPage } from '@/components/MissingPage'

/*
 * The front page and its archive (/page/2, …). It is an optional catch-all so that Next
 * treats it as a dynamic, cache-on-first-request page: a plain app/page.tsx would be
 * prerendered by `next build`, which would then need a database. Any other unmatched path
 * lands here too and answers 404.
 */
export const dynamicParams = true
// Served from cache until a publish expires its tags; the hour is only a safety net.
export const revalidate = 3600

export function generateStaticParams(): { front: string[] }[] {
  return []
}

type Props = { params: Promise<{ front?: string[] }> }

// Every unknown address lands here, so its 404 needs the not-found title.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageFromSegments((await params).front) === null ? NOT_FOUND_METADATA : {}
}

export default async function FrontPage({ params }: Props) {
  const { front } = await params
  const page = pageFromSegments(front)
  if (page === null) return <MissingPage />
  if (page === 1 && front?.length) permanentRedirect('/')
  const archive = await listLatestArticles(page)
  if (!archive) return <MissingPage />

  if (page > 1) {
    return (
      <>
        <h1>
          Latest<span className="page-note">, page {page}</span>
        </h1>
        <ArticleList articles={archive.articles} />
        <Pagination base="/" page={archive.page} totalPages={archive.totalPages} />
      </>
    )
  }

  const [lead, ...latest] = archive.articles
  const [events, statements] = await Promise.all([listEvents(1), listLatestStatements(4)])
  return (
    <>
      <h1 className="visually-hidden">Summit Wire: the latest</h1>
      {lead ? (
        <article className="lead-story">
          <h2>
            <Link href={`/articles/${lead.slug}`}>{lead.title}</Link>
          </h2>
          {lead.standfirst ? <p className="standfirst">{lead.standfirst}</p> : null}
          {lead.publishedAt ? <DateTime iso={lead.publishedAt} /> : null}
        </article>
      ) : null}
      <div className="front-columns">
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">Latest</h2>
          <ArticleList articles={latest} />
          <Pagination base="/" page={archive.page} totalPages={archive.totalPages} />
        </section>
        <aside>
          {events && events.events.length > 0 ? (
            <section aria-labelledby="summits-heading">
              <h2 id="summits-heading">
                <Link href="/events">Summits</Link>
              </h2>
              <EventList events={events.events.slice(0, 3)} />
            </section>
          ) : null}
          {statements.length > 0 ? (
            <section aria-labelledby="statements-heading">
              <h2 id="statements-heading">Latest statements</h2>
              <ul className="statement-list">
                {statements.map((statement) => (
                  <li key={statement.id}>
                    <StatementQuote statement={statement} speaker={statement.speakerRef} link />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </>
  )
}

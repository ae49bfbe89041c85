import { permanentRedirect } from 'next/navigation'
import type React from 'react'

import { type ArchiveFilter, listArchive } from '@/lib/content'
import { pageFromSegments } from '@/lib/paging'

import { ArticleList } from './ArticleList'
import { FeedLinks } from './FeedLinks'
import { Pagination } from './Pagination'
import { MissingPage } from './MissingPage'

interface Props {
  /** The archive's first page, e.g. "/topics/trade". */
  base: string
  filter: ArchiveFilter
  segments: string[] | undefined
  heading: string
  kicker: string
  intro?: React.ReactNode
}

/** A topic, person or author archive: the section's header, then its articles, paged by path. */
export async function SectionArchive({ base, filter, segments, heading, kicker, intro }: Props) {
  const page = pageFromSegments(segments)
  if (page === null) return <MissingPage />
  if (page === 1 && segments?.length) permanentRedirect(base)
  const archive = await listArchive(filter, page)
  if (!archive) return <MissingPage />

  return (
    <section>
      <header className="section-header">
        <p className="kicker">{kicker}</p>
        <h1>
          {heading}
          {page > 1 ? <span className="page-note">, page {page}</span> : null}
        </h1>
        {page === 1 ? intro : null}
        <FeedLinks label={`Follow ${heading}`} path={base} />
      </header>
      <ArticleList articles={archive.articles} />
      <Pagination base={base} page={archive.page} totalPages={archive.totalPages} />
    </section>
  )
}

import type { Metadata } from 'next'
import { permanentRedirect } from 'next/navigation'

import { EventDetail } from '@/components/EventDetail'
import { EventList } from '@/components/EventList'
import { Pagination } from '@/components/Pagination'
import { PreviewBanner } from '@/components/PreviewBanner'
import { eventForPage, getEvent, listEvents, redirectFromOldSlug } from '@/lib/content'
import { pageFromSegments, pagePath } from '@/lib/paging'
import { pageAlternates } from '@/lib/seo/alternates'
import { MissingPage } from '@/components/MissingPage'
import { NOT_FOUND_METADATA } from '@/lib/seo/not-found-metadata'

/*
 * /events, /events/page/N and /events/<slug> in one optional catch-all: a static /events
 * page would be prerendered by `next build` (which has no database), and Next allows no
 * [slug] beside an optional catch-all. "page" is therefore not an event slug.
 */
export const dynamicParams = true
// Served from cache until a change expires its tags; the hour is only a safety net.
export const revalidate = 3600

export function generateStaticParams(): { path: string[] }[] {
  return []
}

type Props = { params: Promise<{ path?: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { path } = await params
  if (path?.length === 1) {
    const event = await getEvent(path[0]!)
    return event
      ? {
          title: event.name,
          description: event.summary ?? undefined,
          alternates: pageAlternates(`/events/${event.slug}`, { path: `/events/${event.slug}`, name: event.name }),
        }
      : NOT_FOUND_METADATA
  }
  const page = path?.[0] === 'page' ? (pageFromSegments(path) ?? 1) : 1
  return {
    title: page > 1 ? `Summits, page ${page}` : 'Summits',
    alternates: pageAlternates(pagePath('/events', page)),
  }
}

export default async function EventsPage({ params }: Props) {
  const { path } = await params
  if (path?.length === 1 && path[0] !== 'page') {
    const { event, preview } = await eventForPage(path[0]!)
    if (!event) {
      await redirectFromOldSlug('events', path[0]!, (current) => `/events/${current}`)
      return <MissingPage />
    }
    return (
      <>
        {preview ? <PreviewBanner path={`/events/${event.slug}`} /> : null}
        <EventDetail event={event} />
      </>
    )
  }
  const page = pageFromSegments(path)
  if (page === null) return <MissingPage />
  if (page === 1 && path?.length) permanentRedirect('/events')
  const list = await listEvents(page)
  if (!list) return <MissingPage />
  return (
    <section>
      <header className="section-header">
        <h1>Summits{page > 1 ? <span className="page-note">, page {page}</span> : null}</h1>
      </header>
      <EventList events={list.events} />
      <Pagination base="/events" page={list.page} totalPages={list.totalPages} />
    </section>
  )
}

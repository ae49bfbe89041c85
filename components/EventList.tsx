import Link from 'next/link'

import type { EventView } from '@/lib/content'

import { eventDates } from './EventDetail'

export function EventList({
  events,
}: {
  events: Pick<EventView, 'id' | 'name' | 'slug' | 'startDate' | 'endDate' | 'location' | 'summary'>[]
}) {
  if (events.length === 0) return <p className="empty">No summits yet.</p>
  return (
    <ol className="article-list">
      {events.map((event) => (
        <li key={event.id}>
          <h2>
            <Link href={`/events/${event.slug}`}>{event.name}</Link>
          </h2>
          <p>
            <time dateTime={event.startDate}>{eventDates(event)}</time>
            {event.location?.city ? `, ${event.location.city}` : null}
          </p>
          {event.summary ? <p className="standfirst">{event.summary}</p> : null}
        </li>
      ))}
    </ol>
  )
}

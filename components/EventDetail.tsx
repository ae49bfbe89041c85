import Link from 'next/link'

import { type EventView, getEventTimeline } from '@/lib/content'
import { formatDate } from '@/lib/format-date'
import { siteUrl } from '@/lib/server/env'
import { breadcrumbJsonLd, eventJsonLd } from '@/lib/seo/json-ld'

import { ArticleList } from './ArticleList'
import { FeedLinks } from './FeedLinks'
import { JsonLd } from './JsonLd'
import { StatementQuote } from './StatementQuote'

export function eventDates(event: Pick<EventView, 'startDate' | 'endDate'>): string {
  const start = formatDate(event.startDate)
  return event.endDate && event.endDate !== event.startDate ? `${start} – ${formatDate(event.endDate)}` : start
}

/** A summit: where and when, who took part, what came of it, and its timeline. */
export async function EventDetail({ event }: { event: EventView }) {
  const timeline = await getEventTimeline(event.id)
  const participants = timeline.participants.flatMap((id) => timeline.people.get(id) ?? [])
  const place = [event.location?.city, event.location?.country].filter(Boolean).join(', ')
  return (
    <article className="event">
      <JsonLd
        data={[
          eventJsonLd(event, siteUrl()),
          breadcrumbJsonLd(
            [
              { name: 'Summits', path: '/events' },
              { name: event.name, path: `/events/${event.slug}` },
            ],
            siteUrl(),
          ),
        ]}
      />
      <header className="section-header">
        <p className="kicker">{event.kind.replace('-', ' ')}</p>
        <h1>{event.name}</h1>
        <p className="standfirst">
          <time dateTime={event.startDate}>{eventDates(event)}</time>
          {place ? `, ${place}` : null}
        </p>
        {event.summary ? <p>{event.summary}</p> : null}
        <FeedLinks label="Follow this summit" path={`/events/${event.slug}`} />
      </header>
      {participants.length > 0 ? (
        <section aria-labelledby="participants-heading">
          <h2 id="participants-heading">Participants</h2>
          <ul className="inline-list">
            {participants.map((person) => (
              <li key={person.id}>
                <Link href={`/people/${person.slug}`}>{person.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {event.outcomes?.length ? (
        <section aria-labelledby="outcomes-heading">
          <h2 id="outcomes-heading">Outcomes</h2>
          <ul>
            {event.outcomes.map((outcome) => (
              <li key={outcome.id ?? outcome.text}>{outcome.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {timeline.statements.length > 0 ? (
        <section aria-labelledby="statements-heading">
          <h2 id="statements-heading">What was said</h2>
          <ol className="timeline">
            {timeline.statements.map((statement) => (
              <li key={statement.id}>
                {statement.date ? <time dateTime={statement.date}>{formatDate(statement.date)}</time> : null}
                <StatementQuote
                  statement={statement}
                  speaker={statement.speaker ? (timeline.people.get(statement.speaker) ?? null) : null}
                  link
                />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {timeline.articles.length > 0 ? (
        <section aria-labelledby="coverage-heading">
          <h2 id="coverage-heading">Coverage</h2>
          <ArticleList articles={timeline.articles} />
        </section>
      ) : null}
    </article>
  )
}

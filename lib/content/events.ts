import { cache } from 'react'

import { tags } from '../cache/tags'
import { isSlug } from '../slug'
import { cachedRead } from './cached-read'
import { namePeople, speakersOf } from './people-names'
import { findEvent, findEvents, findEventTimeline } from './queries/events'

export function listEvents(page = 1) {
  return cachedRead(['events', String(page)], [tags.list('events')], (payload) => findEvents(payload, page))
}

/** A published summit by its slug (read once per render: page and metadata share it). */
export const getEvent = cache(async (slug: string) =>
  isSlug(slug)
    ? cachedRead(['event', slug], [tags.bySlug('events', slug)], (payload) => findEvent(payload, slug))
    : null,
)

/** A summit's statements, coverage and participants, with the people named. */
export async function getEventTimeline(eventId: number) {
  const timeline = await cachedRead(
    ['event-timeline', String(eventId)],
    [
      tags.doc('events', eventId),
      tags.statementsHead({ field: 'event', id: eventId }),
      tags.articlesHead({ field: 'event', id: eventId }),
    ],
    (payload) => findEventTimeline(payload, eventId),
  )
  const people = await namePeople([...timeline.participants, ...speakersOf(timeline.statements)])
  return { ...timeline, people }
}

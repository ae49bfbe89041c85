import type { Payload } from 'payload'

import type { Event, Person, Topic } from '../../../payload-types'
import { SLUG_PATTERN } from '../../slug'
import { AS_PUBLIC_READER, readOptions, visibleTo, type ReadAs } from './read-as'

export type TopicView = Pick<Topic, 'id' | 'name' | 'slug' | 'description'>
export type PersonView = Pick<Person, 'id' | 'name' | 'slug' | 'role' | 'country' | 'bio'>
export interface AuthorView {
  id: number
  name: string
  slug: string
  bio?: string | null
}
export type EventView = Pick<Event, 'id' | 'name' | 'slug' | 'kind' | 'startDate' | 'endDate' | 'location' | 'summary' | 'outcomes'>

const AS_READER = { overrideAccess: false, draft: false, depth: 0, limit: 1, pagination: false } as const

async function first<T>(promise: Promise<{ docs: unknown[] }>): Promise<T | null> {
  return ((await promise).docs[0] as T | undefined) ?? null
}

export function findTopic(payload: Payload, slug: string): Promise<TopicView | null> {
  if (!SLUG_PATTERN.test(slug)) return Promise.resolve(null)
  return first(payload.find({ collection: 'topics', where: { slug: { equals: slug } }, select: { name: true, slug: true, description: true }, ...AS_READER }))
}

export function findPerson(payload: Payload, slug: string): Promise<PersonView | null> {
  if (!SLUG_PATTERN.test(slug)) return Promise.resolve(null)
  return first(
    payload.find({
      collection: 'people',
      where: { slug: { equals: slug } },
      select: { name: true, slug: true, role: true, country: true, bio: true },
      ...AS_READER,
    }),
  )
}

/** An author's public profile. */
export function findAuthor(payload: Payload, slug: string): Promise<AuthorView | null> {
  if (!SLUG_PATTERN.test(slug)) return Promise.resolve(null)
  return first(payload.find({ collection: 'users', where: { slug: { equals: slug } }, select: { name: true, slug: true, bio: true }, ...AS_READER }))
}

/** A published summit event; in a preview, its latest version, draft or not. */
export function findEvent(payload: Payload, slug: string, as: ReadAs = AS_PUBLIC_READER): Promise<EventView | null> {
  if (!SLUG_PATTERN.test(slug)) return Promise.resolve(null)
  return first(
    payload.find({
      collection: 'events',
      where: visibleTo(as, { slug: { equals: slug } }),
      select: { name: true, slug: true, kind: true, startDate: true, endDate: true, location: true, summary: true, outcomes: true },
      ...AS_READER,
      ...readOptions(as),
    }),
  )
}

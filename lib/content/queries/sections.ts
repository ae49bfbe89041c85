import type { Payload } from 'payload'

import { SLUG_PATTERN } from '../../slug'
import type { AuthorView, PersonView, TopicView } from '../views'
import { AS_READER } from './read-as'

// Topics, people and authors have no drafts: what a reader may see of them is what the
// collections' access rules (and, for users, the public profile) let through.
async function findBySlug<T>(
  payload: Payload,
  collection: 'topics' | 'people' | 'users',
  slug: string,
  select: Record<string, true>,
): Promise<T | null> {
  if (!SLUG_PATTERN.test(slug)) return null
  const found = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    select,
    limit: 1,
    pagination: false,
    ...AS_READER,
  })
  return (found.docs[0] as T | undefined) ?? null
}

export function findTopic(payload: Payload, slug: string): Promise<TopicView | null> {
  return findBySlug(payload, 'topics', slug, { name: true, slug: true, description: true })
}

export function findPerson(payload: Payload, slug: string): Promise<PersonView | null> {
  return findBySlug(payload, 'people', slug, { name: true, slug: true, role: true, country: true, bio: true })
}

/** An author's public profile. */
export function findAuthor(payload: Payload, slug: string): Promise<AuthorView | null> {
  return findBySlug(payload, 'users', slug, { name: true, slug: true, bio: true })
}

import { cache } from 'react'

import { tags } from '../cache/tags'
import { isSlug } from '../slug'
import { cachedRead } from './cached-read'
import { findAuthor, findPerson, findTopic } from './queries/sections'

// React's request cache: a section page and its metadata read the section once per render.
// A segment that cannot be a slug is not read (nor cached under a key of the visitor's making).
export const getTopic = cache(async (slug: string) =>
  isSlug(slug)
    ? cachedRead(['topic', slug], [tags.bySlug('topics', slug)], (payload) => findTopic(payload, slug))
    : null,
)
export const getPerson = cache(async (slug: string) =>
  isSlug(slug)
    ? cachedRead(['person', slug], [tags.bySlug('people', slug)], (payload) => findPerson(payload, slug))
    : null,
)
export const getAuthor = cache(async (slug: string) =>
  isSlug(slug)
    ? cachedRead(['author', slug], [tags.bySlug('users', slug)], (payload) => findAuthor(payload, slug))
    : null,
)

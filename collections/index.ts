import type { CollectionSlug } from 'payload'

import { Articles } from './Articles'
import { Events } from './Events'
import { Indicators } from './Indicators'
import { Media } from './Media'
import { People } from './People'
import { Statements } from './Statements'
import { Topics } from './Topics'
import { Users } from './Users'

/** The newsroom's collections, in the admin's order: every list of them derives from this one. */
export const NEWSROOM_COLLECTIONS = [Articles, Events, Statements, People, Topics, Indicators, Media, Users]

/** A slug of one of them; Payload's own collections (jobs, preferences, …) are not the newsroom's. */
export type NewsroomCollection = Exclude<CollectionSlug, `payload-${string}`>

export const NEWSROOM_COLLECTION_SLUGS = NEWSROOM_COLLECTIONS.map((collection) => collection.slug as NewsroomCollection)

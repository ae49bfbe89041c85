import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeActor, type Actor, type Role } from '../support/actors'
import { startApiServer } from '../support/api-server'
import { graphqlChannel, localChannel, restChannel, type Channel } from '../support/channels'
import { testPayload, unique } from '../support/payload'

/**
 * Who may do what, over every API: the Local API with access control on, REST over HTTP and
 * GraphQL over HTTP, each tried by an anonymous visitor, a writer, an editor and an admin on
 * every content collection. Each case starts from fresh documents and is judged by what the
 * database holds afterwards, so a refusal and a silent no-op count the same.
 */

type Kind = 'writer-drafts' | 'editor-drafts' | 'reference'
const COLLECTIONS: { slug: CollectionSlug; kind: Kind }[] = [
  { slug: 'articles', kind: 'writer-drafts' },
  { slug: 'statements', kind: 'writer-drafts' },
  { slug: 'events', kind: 'editor-drafts' },
  { slug: 'people', kind: 'reference' },
  { slug: 'topics', kind: 'reference' },
  { slug: 'indicators', kind: 'reference' },
]
const ROLES: Role[] = ['anonymous', 'writer', 'editor', 'admin']

let payload: Payload
let speakerId: number
const actors = {} as Record<Role, Actor>
let otherWriter: Actor
let api: Awaited<ReturnType<typeof startApiServer>>

/** The smallest valid document of each collection, titled so the case can find it again. */
function validData(collection: CollectionSlug, title: string): Record<string, unknown> {
  switch (collection) {
    case 'articles':
      return { title }
    case 'statements':
      return { speaker: speakerId, quote: title }
    case 'events':
      return { name: title, kind: 'summit', startDate: '2024-05-16T00:00:00.000Z' }
    case 'indicators':
      return { name: title, unit: 'USD bn', points: [{ period: '2024', value: 1 }] }
    default:
      return { name: title }
  }
}

const titleField = (collection: CollectionSlug) =>
  collection === 'articles' ? 'title' : collection === 'statements' ? 'quote' : 'name'

/** A document made by the system (no access control), owned by `owner`. */
async function fixture(collection: CollectionSlug, kind: Kind, status: 'draft' | 'published', owner?: Actor) {
  const title = unique('fixture')
  const data = { ...validData(collection, title), ...(kind === 'reference' ? {} : { _status: status }) }
  const doc = (await payload.create({ collection, data, draft: status === 'draft' && kind !== 'reference' })) as {
    id: number
  }
  // The ownership stamp ignores client data, so ownership is set straight in the stored row.
  if (owner?.user && kind !== 'reference') {
    await payload.db.updateOne({ collection, id: doc.id, data: { createdBy: owner.user.id } })
  }
  return { id: doc.id, title }
}

async function stored(collection: CollectionSlug, id: number) {
  const found = await payload.find({ collection, where: { id: { equals: id } }, depth: 0, limit: 1, trash: true })
  return found.docs[0] as Record<string, unknown> | undefined
}

async function countWhere(collection: CollectionSlug, field: string, value: string, status?: string) {
  const { totalDocs } = await payload.count({
    collection,
    where: { and: [{ [field]: { equals: value } }, ...(status ? [{ _status: { equals: status } }] : [])] },
  })
  return totalDocs
}

type Case = {
  action: string
  applies: (kind: Kind, channel: Channel['name']) => boolean
  allowed: (role: Role, kind: Kind) => boolean
  /** Runs the action and returns whether it took effect. */
  run: (channel: Channel, actor: Actor, collection: CollectionSlug, kind: Kind) => Promise<boolean>
}

const isStaff = (role: Role) => role !== 'anonymous'
const canPublish = (role: Role) => role === 'editor' || role === 'admin'
const hasDrafts = (kind: Kind) => kind !== 'reference'
const always = () => true

const CASES: Case[] = [
  {
    action: 'read a published document',
    applies: always,
    allowed: () => true,
    run: async (channel, actor, collection, kind) => {
      const { id } = await fixture(collection, kind, 'published')
      return channel.canRead(actor, collection, id, { draft: false })
    },
  },
  {
    action: 'read a draft',
    applies: hasDrafts,
    allowed: isStaff,
    run: async (channel, actor, collection, kind) => {
      const { id } = await fixture(collection, kind, 'draft')
      return channel.canRead(actor, collection, id, { draft: true })
    },
  },
  {
    action: 'create a draft (or a document, where there are no drafts)',
    applies: always,
    allowed: (role, kind) => (kind === 'writer-drafts' ? isStaff(role) : canPublish(role)),
    run: async (channel, actor, collection, kind) => {
      const title = unique('created')
      await channel.create(actor, collection, {
        ...validData(collection, title),
        ...(hasDrafts(kind) ? { _status: 'draft' } : {}),
      })
      return (await countWhere(collection, titleField(collection), title)) > 0
    },
  },
  {
    action: 'create a published document',
    applies: hasDrafts,
    allowed: canPublish,
    run: async (channel, actor, collection) => {
      const title = unique('born-live')
      await channel.create(actor, collection, { ...validData(collection, title), _status: 'published' })
      return (await countWhere(collection, titleField(collection), title, 'published')) > 0
    },
  },
  {
    action: 'update its own draft (or a document)',
    applies: always,
    allowed: (role, kind) => (kind === 'writer-drafts' ? isStaff(role) : canPublish(role)),
    run: async (channel, actor, collection, kind) => {
      const { id } = await fixture(collection, kind, 'draft', actor)
      const title = unique('edited')
      await channel.update(actor, collection, id, { [titleField(collection)]: title })
      return (await stored(collection, id))?.[titleField(collection)] === title
    },
  },
  {
    action: 'update another writer’s draft',
    applies: (kind) => kind === 'writer-drafts',
    allowed: canPublish,
    run: async (channel, actor, collection, kind) => {
      const { id } = await fixture(collection, kind, 'draft', otherWriter)
      const title = unique('edited')
      await channel.update(actor, collection, id, { [titleField(collection)]: title })
      return (await stored(collection, id))?.[titleField(collection)] === title
    },
  },
  {
    action: 'publish its own draft',
    applies: hasDrafts,
    allowed: canPublish,
    run: async (channel, actor, collection, kind) => {
      const { id } = await fixture(collection, kind, 'draft', actor)
      await channel.update(actor, collection, id, { _status: 'published' })
      return (await stored(collection, id))?._status === 'published'
    },
  },
  {
    action: 'change its own published document without _status',
    applies: hasDrafts,
    allowed: canPublish,
    run: async (channel, actor, collection, kind) => {
      const { id } = await fixture(collection, kind, 'published', actor)
      const title = unique('live-edit')
      await channel.update(actor, collection, id, { [titleField(collection)]: title })
      return (await stored(collection, id))?.[titleField(collection)] === title
    },
  },
  {
    action: 'unpublish its own published document',
    applies: hasDrafts,
    allowed: canPublish,
    run: async (channel, actor, collection, kind) => {
      const { id } = await fixture(collection, kind, 'published', actor)
      await channel.update(actor, collection, id, { _status: 'draft' })
      return (await stored(collection, id))?._status === 'draft'
    },
  },
  {
    action: 'delete its own draft (or a document)',
    applies: always,
    allowed: (role, kind) => (kind === 'writer-drafts' ? isStaff(role) : canPublish(role)),
    run: async (channel, actor, collection, kind) => {
      const { id } = await fixture(collection, kind, 'draft', actor)
      await channel.remove(actor, collection, id)
      return (await stored(collection, id)) === undefined
    },
  },
  {
    action: 'delete its own published document',
    applies: hasDrafts,
    allowed: canPublish,
    run: async (channel, actor, collection, kind) => {
      const { id } = await fixture(collection, kind, 'published', actor)
      await channel.remove(actor, collection, id)
      return (await stored(collection, id)) === undefined
    },
  },
  {
    action: 'restore a published version onto its own draft',
    applies: hasDrafts,
    allowed: canPublish,
    run: async (channel, actor, collection, kind) => {
      const { id } = await fixture(collection, kind, 'published', actor)
      await payload.update({ collection, id, data: { _status: 'draft' } })
      const versions = await payload.findVersions({
        collection,
        where: { parent: { equals: id } },
        sort: 'createdAt',
        limit: 10,
      })
      const published = versions.docs.find(
        (version) => (version.version as { _status?: string })._status === 'published',
      )
      if (!published) throw new Error('fixture has no published version')
      await channel.restoreVersion(actor, collection, published.id)
      return (await stored(collection, id))?._status === 'published'
    },
  },
  {
    action: 'duplicate a published document into a published copy',
    applies: hasDrafts,
    allowed: canPublish,
    run: async (channel, actor, collection, kind) => {
      const { id, title } = await fixture(collection, kind, 'published')
      await channel.duplicate(actor, collection, id, validData(collection, title))
      const copies = await payload.find({
        collection,
        where: { and: [{ id: { not_equals: id } }, { [titleField(collection)]: { like: title } }] },
        depth: 0,
      })
      // A writer may get a draft copy to work on, never a live one.
      const livecopy = copies.docs.some((doc) => (doc as { _status?: string })._status === 'published')
      return canPublish(actor.role) ? copies.totalDocs > 0 : livecopy
    },
  },
  {
    action: 'bulk-publish by where (its own draft and someone’s live document)',
    applies: (kind, channel) => hasDrafts(kind) && channel !== 'graphql', // GraphQL has no bulk update
    allowed: canPublish,
    run: async (channel, actor, collection, kind) => {
      const own = await fixture(collection, kind, 'draft', actor)
      const title = unique('bulk')
      await channel.bulkUpdate!(actor, collection, [own.id], { _status: 'published', [titleField(collection)]: title })
      return (await stored(collection, own.id))?._status === 'published'
    },
  },
  {
    action: 'bulk-edit by where reaching a live document',
    applies: (kind, channel) => hasDrafts(kind) && channel !== 'graphql', // GraphQL has no bulk update
    allowed: canPublish,
    run: async (channel, actor, collection, kind) => {
      const live = await fixture(collection, kind, 'published', actor)
      const title = unique('bulk-live')
      await channel.bulkUpdate!(actor, collection, [live.id], { [titleField(collection)]: title })
      return (await stored(collection, live.id))?.[titleField(collection)] === title
    },
  },
]

beforeAll(async () => {
  payload = await testPayload()
  speakerId = (await payload.create({ collection: 'people', data: { name: unique('Speaker') } })).id
  for (const role of ROLES) actors[role] = await makeActor(payload, role)
  otherWriter = await makeActor(payload, 'writer')
  api = await startApiServer()
})

afterAll(async () => api?.close())

const channels: [string, Channel['name'], () => Channel][] = [
  ['Local API (overrideAccess: false)', 'local', () => localChannel(payload)],
  ['REST over HTTP', 'rest', () => restChannel(api.url)],
  ['GraphQL over HTTP', 'graphql', () => graphqlChannel(api.url)],
]

describe.each(channels)('%s', (_title, channelName, makeChannel) => {
  for (const { slug, kind } of COLLECTIONS) {
    describe(slug, () => {
      for (const testCase of CASES.filter((candidate) => candidate.applies(kind, channelName))) {
        for (const role of ROLES) {
          const expected = testCase.allowed(role, kind)
          it(`${role} ${expected ? 'can' : 'cannot'} ${testCase.action}`, async () => {
            expect(await testCase.run(makeChannel(), actors[role], slug, kind)).toBe(expected)
          })
        }
      }
    })
  }
})

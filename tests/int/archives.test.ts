import { beforeAll, describe, expect, it } from 'vitest'

import { findLatestArticles } from '../../lib/content/queries/archive'
import { findEvent } from '../../lib/content/queries/events'
import { findAuthor, findPerson, findTopic } from '../../lib/content/queries/sections'
import { makeActor, type Actor } from '../support/actors'
import { testPayload, unique } from '../support/payload'

describe('topic, person, author and event archives', () => {
  let topicId: number
  let personId: number
  let eventId: number
  let author: Actor
  const titles = { live: unique('Live'), draft: unique('Draft'), elsewhere: unique('Elsewhere') }

  beforeAll(async () => {
    const payload = await testPayload()
    author = await makeActor(payload, 'writer')
    topicId = (await payload.create({ collection: 'topics', data: { name: unique('Archive topic') } })).id
    personId = (await payload.create({ collection: 'people', data: { name: unique('Archive person') } })).id
    eventId = (
      await payload.create({
        collection: 'events',
        data: {
          name: unique('Archive summit'),
          kind: 'summit',
          startDate: '2025-01-01T00:00:00.000Z',
          _status: 'published',
        },
      })
    ).id
    const shared = { topics: [topicId], people: [personId], authors: [author.user!.id], event: eventId }
    await payload.create({ collection: 'articles', data: { title: titles.live, ...shared, _status: 'published' } })
    // A draft that shares everything must never show.
    await payload.create({ collection: 'articles', data: { title: titles.draft, ...shared, _status: 'draft' } })
    await payload.create({ collection: 'articles', data: { title: titles.elsewhere, _status: 'published' } })
  })

  it.each([['topics'], ['people'], ['authors'], ['event']] as const)(
    'the %s archive lists its published articles only',
    async (field) => {
      const id = { topics: topicId, people: personId, authors: author.user?.id ?? 0, event: eventId }[field]
      const archive = await findLatestArticles(await testPayload(), 1, { field, id })
      expect(archive?.articles.map((article) => article.title)).toEqual([titles.live])
    },
  )

  it('finds sections by slug; a draft event, unknown and malformed slugs are not found', async () => {
    const payload = await testPayload()
    const topic = await payload.findByID({ collection: 'topics', id: topicId })
    expect((await findTopic(payload, topic.slug!))?.id).toBe(topicId)
    const person = await payload.findByID({ collection: 'people', id: personId })
    expect((await findPerson(payload, person.slug!))?.id).toBe(personId)
    const profile = await findAuthor(payload, author.user!.slug!)
    expect(profile).toEqual({ id: author.user!.id, name: 'Test writer', slug: author.user!.slug, bio: null })
    const draftEvent = await payload.create({
      collection: 'events',
      data: { name: unique('Secret summit'), kind: 'summit', startDate: '2025-01-01T00:00:00.000Z', _status: 'draft' },
    })
    expect(await findEvent(payload, draftEvent.slug!)).toBeNull()
    expect(await findTopic(payload, 'no-such-topic')).toBeNull()
    expect(await findPerson(payload, "x' OR 1=1")).toBeNull()
  })
})

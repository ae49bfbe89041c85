import { describe, expect, it } from 'vitest'

import { findSlugRedirect } from '../../lib/content/queries/redirects'
import { testPayload, unique } from '../support/payload'

describe('old slugs redirect to the current one', () => {
  it('for a published article renamed twice, from both old slugs', async () => {
    const payload = await testPayload()
    const doc = await payload.create({
      collection: 'articles',
      data: { title: unique('First name'), _status: 'published' },
    })
    const first = doc.slug as string
    const second = (await payload.update({ collection: 'articles', id: doc.id, data: { slug: unique('second-name') } }))
      .slug as string
    const third = (await payload.update({ collection: 'articles', id: doc.id, data: { slug: unique('third-name') } }))
      .slug as string
    expect(await findSlugRedirect(payload, 'articles', first)).toBe(third)
    expect(await findSlugRedirect(payload, 'articles', second)).toBe(third)
    expect(await findSlugRedirect(payload, 'articles', third)).toBeNull()
  })

  it('never to a draft or an unpublished article', async () => {
    const payload = await testPayload()
    const doc = await payload.create({
      collection: 'articles',
      data: { title: unique('Withdrawn'), _status: 'published' },
    })
    const old = doc.slug as string
    await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { slug: unique('withdrawn-renamed'), _status: 'draft' },
    })
    expect(await findSlugRedirect(payload, 'articles', old)).toBeNull()
  })

  it('for topics, people and events', async () => {
    const payload = await testPayload()
    const topic = await payload.create({ collection: 'topics', data: { name: unique('Topic') } })
    const renamedTopic = await payload.update({
      collection: 'topics',
      id: topic.id,
      data: { slug: unique('topic-renamed') },
    })
    expect(await findSlugRedirect(payload, 'topics', topic.slug as string)).toBe(renamedTopic.slug)
    const person = await payload.create({ collection: 'people', data: { name: unique('Person') } })
    const renamedPerson = await payload.update({
      collection: 'people',
      id: person.id,
      data: { slug: unique('person-renamed') },
    })
    expect(await findSlugRedirect(payload, 'people', person.slug as string)).toBe(renamedPerson.slug)
    const event = await payload.create({
      collection: 'events',
      data: { name: unique('Event'), kind: 'summit', startDate: '2024-05-16T00:00:00.000Z', _status: 'published' },
    })
    const renamedEvent = await payload.update({
      collection: 'events',
      id: event.id,
      data: { slug: unique('event-renamed') },
    })
    expect(await findSlugRedirect(payload, 'events', event.slug as string)).toBe(renamedEvent.slug)
    expect(await findSlugRedirect(payload, 'topics', 'no-such-slug-ever')).toBeNull()
    expect(await findSlugRedirect(payload, 'topics', "x' or 1=1 --")).toBeNull()
  })
})

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeActor, type Actor } from '../support/actors'
import { testPayload, unique } from '../support/payload'

let payload: Payload
let writer: Actor
let editor: Actor

beforeAll(async () => {
  payload = await testPayload()
  writer = await makeActor(payload, 'writer')
  editor = await makeActor(payload, 'editor')
})

const asUser = (actor: Actor) => ({ overrideAccess: false, user: actor.user, depth: 0 })

describe('ownership stamps', () => {
  it('record who created, last edited and published, whatever the client sends', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: unique('Owned'), _status: 'draft', createdBy: editor.user!.id, publishedBy: editor.user!.id },
      draft: true,
      ...asUser(writer),
    })
    expect(draft.createdBy).toBe(writer.user!.id)
    expect(draft.publishedBy ?? null).toBeNull()
    expect(draft.authors).toEqual([writer.user!.id])

    const published = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published', createdBy: editor.user!.id },
      ...asUser(editor),
    })
    expect(published.createdBy).toBe(writer.user!.id)
    expect(published.lastEditedBy).toBe(editor.user!.id)
    expect(published.publishedBy).toBe(editor.user!.id)
    expect(published.publishedAt).toBeTruthy()
  })
})

describe('modifiedAt, the "Updated" time readers see', () => {
  it('moves with a new correction or a significant update, not with routine saves', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: unique('Updated'), _status: 'published' },
    })
    expect(article.modifiedAt ?? null).toBeNull()

    const routine = await payload.update({ collection: 'articles', id: article.id, data: { standfirst: 'Typo fixed' } })
    expect(routine.modifiedAt ?? null).toBeNull()

    const corrected = await payload.update({
      collection: 'articles',
      id: article.id,
      data: {
        corrections: [{ date: new Date().toISOString(), text: 'An earlier version misstated the 2022 figure.' }],
      },
    })
    expect(corrected.modifiedAt).toBeTruthy()

    await new Promise((resolve) => setTimeout(resolve, 5))
    const significant = await payload.update({
      collection: 'articles',
      id: article.id,
      data: { significantUpdate: true, standfirst: 'New figures' },
    })
    expect(Date.parse(significant.modifiedAt!)).toBeGreaterThan(Date.parse(corrected.modifiedAt!))
    expect(significant).not.toHaveProperty('significantUpdate', true)
  })
})

describe('previous slugs', () => {
  it('keep every URL a document had', async () => {
    const topic = await payload.create({ collection: 'topics', data: { name: unique('Rails') } })
    const first = topic.slug
    await payload.update({ collection: 'topics', id: topic.id, data: { slug: `${first}-renamed` } })
    const renamed = await payload.update({ collection: 'topics', id: topic.id, data: { slug: `${first}-final` } })
    expect(renamed.previousSlugs?.map((entry) => entry.slug)).toEqual([first, `${first}-renamed`])
  })
})

describe('joins', () => {
  it('an event lists its articles and statements; a person their statements and coverage', async () => {
    const person = await payload.create({ collection: 'people', data: { name: unique('Envoy') } })
    const event = await payload.create({
      collection: 'events',
      data: { name: unique('Summit'), kind: 'summit', startDate: '2025-08-31T00:00:00.000Z', _status: 'published' },
    })
    const statement = await payload.create({
      collection: 'statements',
      data: { speaker: person.id, quote: 'Words', event: event.id, _status: 'published' },
    })
    const article = await payload.create({
      collection: 'articles',
      data: { title: unique('Report'), event: event.id, people: [person.id], _status: 'published' },
    })

    const withJoins = await payload.findByID({ collection: 'events', id: event.id, depth: 0 })
    expect(withJoins.articles?.docs).toEqual([article.id])
    expect(withJoins.statements?.docs).toEqual([statement.id])
    const speaker = await payload.findByID({ collection: 'people', id: person.id, depth: 0 })
    expect(speaker.statements?.docs).toEqual([statement.id])
    expect(speaker.coverage?.docs).toEqual([article.id])
  })
})

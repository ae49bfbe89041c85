import { beforeAll, describe, expect, it } from 'vitest'

import { findEvents, findEventTimeline } from '../../lib/content/queries/events'
import { findStatement, findStatementCoverage } from '../../lib/content/queries/statements'
import { testPayload, unique } from '../support/payload'

describe('summit timelines and statements', () => {
  const ids: Record<string, number> = {}

  beforeAll(async () => {
    const payload = await testPayload()
    ids.speaker = (await payload.create({ collection: 'people', data: { name: unique('Leader') } })).id
    ids.event = (
      await payload.create({
        collection: 'events',
        data: {
          name: unique('Timeline summit'),
          kind: 'summit',
          startDate: '2024-07-03T00:00:00.000Z',
          participants: [ids.speaker],
          _status: 'published',
        },
      })
    ).id
    const statement = (quote: string, date: string, status: 'published' | 'draft') =>
      payload.create({
        collection: 'statements',
        data: { speaker: ids.speaker, quote, date, event: ids.event, paraphrase: true, _status: status },
        draft: status === 'draft',
      })
    ids.second = (await statement('Second day words', '2024-07-04T00:00:00.000Z', 'published')).id
    ids.first = (await statement('First day words', '2024-07-03T00:00:00.000Z', 'published')).id
    ids.draftStatement = (await statement('Unpublished words', '2024-07-03T12:00:00.000Z', 'draft')).id
    ids.article = (
      await payload.create({
        collection: 'articles',
        data: { title: unique('Summit report'), event: ids.event, statements: [ids.first], _status: 'published' },
      })
    ).id
    ids.draftArticle = (
      await payload.create({
        collection: 'articles',
        data: { title: unique('Summit draft'), event: ids.event, statements: [ids.first], _status: 'draft' },
      })
    ).id
  })

  it('a timeline lists published statements in date order and published coverage only', async () => {
    const timeline = await findEventTimeline(await testPayload(), ids.event!)
    expect(timeline.statements.map((statement) => statement.id)).toEqual([ids.first, ids.second])
    expect(timeline.articles.map((article) => article.id)).toEqual([ids.article])
    expect(timeline.participants).toEqual([ids.speaker])
  })

  it('a statement page finds published statements only, and their published coverage', async () => {
    const payload = await testPayload()
    expect((await findStatement(payload, ids.first!))?.paraphrase).toBe(true)
    expect(await findStatement(payload, ids.draftStatement!)).toBeNull()
    expect(await findStatement(payload, -1)).toBeNull()
    expect((await findStatementCoverage(payload, ids.first!)).map((article) => article.id)).toEqual([ids.article])
  })

  it('the summits list shows published events only, newest first', async () => {
    const payload = await testPayload()
    const draft = await payload.create({
      collection: 'events',
      data: { name: unique('Secret summit'), kind: 'summit', startDate: '2099-01-01T00:00:00.000Z', _status: 'draft' },
    })
    const list = await findEvents(payload, 1)
    const listed = list?.events.map((event) => event.id) ?? []
    expect(listed).toContain(ids.event)
    expect(listed).not.toContain(draft.id)
    const starts = list!.events.map((event) => Date.parse(event.startDate))
    expect(starts).toEqual([...starts].sort((a, b) => b - a))
  })
})

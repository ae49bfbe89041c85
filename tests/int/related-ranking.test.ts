import { beforeAll, describe, expect, it } from 'vitest'

import { findLatestExcept, findRankedRelated, findRelatedCoverage } from '../../lib/content/queries/related'
import { testPayload, unique } from '../support/payload'

/**
 * Fixed data: article A and candidates that share different things with it. Weights:
 * event 4, statement 3, person 2, topic 1; ties go to the newer article.
 */
describe('related coverage ranking', () => {
  const ids: Record<string, number> = {}

  beforeAll(async () => {
    const payload = await testPayload()
    const topic = () => payload.create({ collection: 'topics', data: { name: unique('topic') } }).then((doc) => doc.id)
    const person = () =>
      payload.create({ collection: 'people', data: { name: unique('person') } }).then((doc) => doc.id)
    const [t1, t2] = [await topic(), await topic()]
    const [p1, p2] = [await person(), await person()]
    const event = (
      await payload.create({
        collection: 'events',
        data: { name: unique('Event'), kind: 'summit', startDate: '2024-05-16T00:00:00.000Z', _status: 'published' },
      })
    ).id
    const statement = (
      await payload.create({
        collection: 'statements',
        data: { speaker: p1, quote: unique('quote'), _status: 'published' },
      })
    ).id

    const article = async (
      key: string,
      publishedAt: string,
      data: Record<string, unknown>,
      status: 'published' | 'draft' = 'published',
    ) => {
      ids[key] = (
        await payload.create({
          collection: 'articles',
          data: { title: unique(key), publishedAt, _status: status, ...data },
          draft: status === 'draft',
        })
      ).id
    }
    await article('A', '2024-05-16T10:00:00.000Z', {
      event,
      statements: [statement],
      people: [p1, p2],
      topics: [t1, t2],
    })
    await article('B', '2024-05-01T00:00:00.000Z', { event }) // 4
    await article('C', '2024-05-02T00:00:00.000Z', { statements: [statement], topics: [t1] }) // 3 + 1 = 4, newer than B
    await article('D', '2020-01-01T00:00:00.000Z', { people: [p1, p2], topics: [t1] }) // 2 + 2 + 1 = 5
    await article('E', '2024-04-01T00:00:00.000Z', { topics: [t2] }) // 1
    await article('F', '2019-01-01T00:00:00.000Z', {}) // shares nothing
    await article(
      'G',
      '2024-05-20T00:00:00.000Z',
      { event, statements: [statement], people: [p1, p2], topics: [t1, t2] },
      'draft',
    ) // everything, but a draft
    await article('H', '2024-05-21T00:00:00.000Z', {
      event,
      statements: [statement],
      people: [p1, p2],
      topics: [t1, t2],
    }) // everything, but curated
  })

  it('orders by shared event, statements, people and topics, then recency', async () => {
    const ranked = await findRankedRelated(await testPayload(), ids.A!, [ids.H!], 4)
    expect(ranked.map((item) => item.id)).toEqual([ids.D, ids.C, ids.B, ids.E])
  })

  it('never includes the article itself, a draft, a curated link, or an article sharing nothing', async () => {
    const ranked = (await findRankedRelated(await testPayload(), ids.A!, [ids.H!], 1000)).map((item) => item.id)
    expect(ranked).toEqual([ids.D, ids.C, ids.B, ids.E])
  })

  it('a short box is filled with the latest published stories, never a draft or one already shown', async () => {
    const payload = await testPayload()
    const fill = (await findLatestExcept(payload, [ids.H!, ids.A!], 1000)).map((item) => item.id)
    expect(fill).not.toContain(ids.H)
    expect(fill).not.toContain(ids.A)
    expect(fill).not.toContain(ids.G)
    expect(fill).toContain(ids.F)
    const dates = (await findLatestExcept(payload, [], 20)).map((item) => item.publishedAt ?? '')
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('counts the curated link again when it is not excluded', async () => {
    const ranked = await findRankedRelated(await testPayload(), ids.A!, [], 1)
    expect(ranked.map((item) => item.id)).toEqual([ids.H])
  })

  it('puts curated links first in the editor’s order, drops drafts and the article itself, then fills with the ranking', async () => {
    // Curated: F (shares nothing), a draft, the article itself, E, and F again.
    const coverage = await findRelatedCoverage(await testPayload(), ids.A!, [ids.F!, ids.G!, ids.A!, ids.E!, ids.F!], 5)
    expect(coverage.map((item) => item.id)).toEqual([ids.F, ids.E, ids.H, ids.D, ids.C])
  })

  it('shows every curated link even when there are more than the box holds', async () => {
    const curated = [ids.F!, ids.E!, ids.D!, ids.C!, ids.B!, ids.H!]
    const coverage = await findRelatedCoverage(await testPayload(), ids.A!, curated, 5)
    expect(coverage.map((item) => item.id)).toEqual(curated)
  })
})

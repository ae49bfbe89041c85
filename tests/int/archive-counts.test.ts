import { sql } from '@payloadcms/db-postgres/drizzle'
import { beforeAll, describe, expect, it } from 'vitest'

import { archiveCountScope } from '../../lib/content/queries/archive'
import type { ArchiveFilter } from '../../lib/content/views'
import { drizzleOf } from '../../lib/server/drizzle'
import { makeActor } from '../support/actors'
import { ARCHIVE_COUNT_MISMATCHES } from '../support/archive-count-mismatches'
import { testPayload, unique } from '../support/payload'

/**
 * Archive totals come from counts the database keeps (migration 20261207_100000_archive_counts),
 * not from counting stories on every page. Whatever Payload does to a story — publish,
 * unpublish, retag, move it to another summit, delete it, several at once — each kept count
 * must equal a count of the published stories it stands for, at every moment: a mismatch at any
 * snapshot, for any archive in the database (other tests' included), fails.
 */
/** Every archive whose kept count differs from the truth, in one snapshot. */
async function mismatches(): Promise<{ scope: string; kept: number | null; actual: number | null }[]> {
  const { rows } = await drizzleOf(await testPayload()).execute<{
    scope: string
    kept: number | null
    actual: number | null
  }>(sql.raw(ARCHIVE_COUNT_MISMATCHES))
  return rows
}

async function kept(filter?: ArchiveFilter): Promise<number> {
  const { rows } = await drizzleOf(await testPayload()).execute<{ published: number }>(
    sql`select published from article_archive_counts where scope = ${archiveCountScope(filter)}`,
  )
  return rows[0]?.published ?? 0
}

describe('archive counts kept by the database', () => {
  let authorId: number
  const topics: number[] = []
  const people: number[] = []
  const events: number[] = []

  beforeAll(async () => {
    const payload = await testPayload()
    authorId = (await makeActor(payload, 'writer')).user!.id
    for (let i = 0; i < 2; i += 1) {
      topics.push((await payload.create({ collection: 'topics', data: { name: unique('Counted topic') } })).id)
      people.push((await payload.create({ collection: 'people', data: { name: unique('Counted person') } })).id)
      events.push(
        (
          await payload.create({
            collection: 'events',
            data: {
              name: unique('Counted summit'),
              kind: 'summit',
              startDate: '2025-01-01T00:00:00.000Z',
              _status: 'published',
            },
          })
        ).id,
      )
    }
  }, 60_000)

  const story = (status: 'draft' | 'published', extra: Record<string, unknown> = {}) =>
    testPayload().then((payload) =>
      payload.create({
        collection: 'articles',
        draft: status === 'draft',
        data: {
          title: unique('Counted story'),
          publishedAt: '2002-03-04T05:06:00.000Z',
          _status: status,
          topics: [topics[0]!],
          people: [people[0]!],
          authors: [authorId],
          event: events[0]!,
          ...extra,
        },
      }),
    )

  it('counts a publish, an unpublish and a deletion in every archive the story is in', async () => {
    const payload = await testPayload()
    const topic = { field: 'topics', id: topics[0]! } as const
    const event = { field: 'event', id: events[0]! } as const
    const before = { all: await kept(), topic: await kept(topic), event: await kept(event) }

    const draft = await story('draft')
    expect(await kept(topic)).toBe(before.topic)
    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } })
    expect(await kept(topic)).toBe(before.topic + 1)
    expect(await kept(event)).toBe(before.event + 1)
    expect(await kept({ field: 'authors', id: authorId })).toBeGreaterThanOrEqual(1)
    expect(await mismatches()).toEqual([])

    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'draft' } })
    expect(await kept(topic)).toBe(before.topic)
    expect(await kept(event)).toBe(before.event)
    expect(await mismatches()).toEqual([])

    const published = await story('published')
    expect(await kept(topic)).toBe(before.topic + 1)
    await payload.delete({ collection: 'articles', id: published.id })
    expect(await kept(topic)).toBe(before.topic)
    expect(await kept(event)).toBe(before.event)
    expect(await mismatches()).toEqual([])
  })

  it('moves a published story between topics, people and summits', async () => {
    const payload = await testPayload()
    const published = await story('published')
    const counts = async () => [
      await kept({ field: 'topics', id: topics[0]! }),
      await kept({ field: 'topics', id: topics[1]! }),
      await kept({ field: 'people', id: people[1]! }),
      await kept({ field: 'event', id: events[0]! }),
      await kept({ field: 'event', id: events[1]! }),
    ]
    const [topicA, topicB, personB, eventA, eventB] = await counts()
    await payload.update({
      collection: 'articles',
      id: published.id,
      data: { topics: [topics[1]!], people: [people[0]!, people[1]!], event: events[1]! },
    })
    expect(await counts()).toEqual([topicA! - 1, topicB! + 1, personB! + 1, eventA! - 1, eventB! + 1])
    await payload.update({ collection: 'articles', id: published.id, data: { event: null, topics: [] } })
    expect(await counts()).toEqual([topicA! - 1, topicB!, personB! + 1, eventA! - 1, eventB!])
    expect(await mismatches()).toEqual([])
  })

  it('stays exact when stories are published at the same time', async () => {
    const payload = await testPayload()
    const topic = { field: 'topics', id: topics[1]! } as const
    const before = await kept(topic)
    const drafts = await Promise.all(Array.from({ length: 6 }, () => story('draft', { topics: [topics[1]!] })))
    await Promise.all(
      drafts.map((draft) => payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } })),
    )
    expect(await kept(topic)).toBe(before + 6)
    expect(await mismatches()).toEqual([])
  })
})

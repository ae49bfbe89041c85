import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload, unique } from '../support/payload'

/**
 * A save runs on one transaction connection. Two queries sent on it at once make pg print a
 * DeprecationWarning ("client is already executing a query") — it did on every `npm run dev`,
 * when the seed linked related stories — and pg 9 will refuse them. Payload validates fields
 * in parallel and its relationship checks query, so our own field checks must not query then.
 */
describe('saves send one query at a time on their connection', () => {
  const warnings: string[] = []
  const listen = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`)
  // Every query sent while another is still in flight on the same connection, as [sent, busy].
  const overlaps: [string, string[]][] = []
  const inFlight = new WeakMap<pg.Client, string[]>()
  const send = pg.Client.prototype.query
  beforeAll(() => {
    process.on('warning', listen)
    // Watches the real driver: counts what is in flight, changes nothing it sends.
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const config = args[0] as string | { text?: string }
      const text = typeof config === 'string' ? config : String(config?.text)
      const busy = inFlight.get(this) ?? []
      inFlight.set(this, busy)
      if (busy.length > 0) overlaps.push([text, [...busy]])
      busy.push(text)
      const result: unknown = Reflect.apply(send, this, args)
      const done = () => void busy.splice(busy.indexOf(text), 1)
      if (result instanceof Promise) result.then(done, done)
      else done()
      return result
    } as typeof send
  })
  afterAll(() => {
    process.off('warning', listen)
    pg.Client.prototype.query = send
  })
  const slugLookups = () =>
    overlaps.filter(([sent, busy]) => [sent, ...busy].some((text) => /count\(\*\).*"slug" = /.test(text)))

  it('linking stories as the demo newsroom does warns of nothing', async () => {
    const payload = await testPayload()
    // As the seed links its stories: each names a statement, then gets related stories.
    const speaker = await payload.create({ collection: 'people', data: { name: unique('Quoted official') } })
    const statement = await payload.create({
      collection: 'statements',
      data: { speaker: speaker.id, quote: 'Trade has reached record levels.', date: '2024-05-16T00:00:00.000Z' },
    })
    const first = await payload.create({
      collection: 'articles',
      data: { title: unique('First linked story'), statements: [statement.id] },
    })
    const second = await payload.create({
      collection: 'articles',
      data: {
        title: unique('Second linked story'),
        slug: unique('second-linked'),
        statements: [statement.id],
        relatedArticles: [first.id],
      },
    })
    await payload.update({ collection: 'articles', id: first.id, data: { relatedArticles: [second.id] } })
    await payload.update({
      collection: 'articles',
      id: second.id,
      data: { slug: unique('renamed-linked'), relatedArticles: [first.id] },
    })
    // Warnings are emitted on the next tick.
    await new Promise((resolve) => setImmediate(resolve))
    expect(warnings).toEqual([])
    expect(slugLookups()).toEqual([])
  })

  it('still refuses a slug another story has, while checking related stories', async () => {
    const payload = await testPayload()
    const taken = await payload.create({ collection: 'articles', data: { title: unique('Holder of a slug') } })
    const other = await payload.create({ collection: 'articles', data: { title: unique('Wants that slug') } })
    await expect(
      payload.update({ collection: 'articles', id: other.id, data: { slug: taken.slug, relatedArticles: [taken.id] } }),
    ).rejects.toMatchObject({
      data: {
        errors: [
          { path: 'slug', message: `Another document already uses the slug "${taken.slug}": choose a different one.` },
        ],
      },
    })
  })
})

import { describe, expect, it } from 'vitest'

import { testPayload, unique } from '../support/payload'

/** Nothing lost: every save of a versioned document stays restorable, however many there are. */
describe('versions', () => {
  it.each(['articles', 'events', 'statements'] as const)(
    '%s keep every saved version: no cap prunes the oldest',
    async (collection) => {
      const payload = await testPayload()
      const config = payload.collections[collection].config
      expect(config.versions && config.versions.maxPerDoc).toBe(0)
    },
  )

  it('an article saved 60 times keeps 60 versions, and its first wording comes back on restore', async () => {
    const payload = await testPayload()
    const first = `Versioned ${unique('story')}`
    const article = await payload.create({
      collection: 'articles',
      data: { title: first, standfirst: 'Take 0.', _status: 'draft' },
      draft: true,
    })
    for (let take = 1; take < 60; take += 1) {
      await payload.update({
        collection: 'articles',
        id: article.id,
        data: { title: `${first} take ${take}`, standfirst: `Take ${take}.` },
        draft: true,
      })
    }
    const versions = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id } },
      limit: 0,
      pagination: false,
      sort: 'createdAt',
    })
    expect(versions.docs).toHaveLength(60)
    expect(versions.docs[0]!.version.title).toBe(first)

    await payload.restoreVersion({ collection: 'articles', id: versions.docs[0]!.id, draft: true })
    const restored = await payload.findByID({ collection: 'articles', id: article.id, draft: true })
    expect(restored.title).toBe(first)
    expect(restored.standfirst).toBe('Take 0.')
  })
})

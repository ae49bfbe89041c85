import { describe, expect, it } from 'vitest'

import config from '../../next.config.mjs'

describe('the colour-scheme client hint', () => {
  it('is asked for under /admin only: on reader pages Critical-CH costs a second request per first visit', async () => {
    const rules = (await config.headers?.()) ?? []
    const hinted = rules.filter((rule) => rule.headers.some(({ key }) => ['Accept-CH', 'Critical-CH'].includes(key)))
    expect(hinted.map((rule) => rule.source)).toEqual(['/admin/:path*'])
    expect(hinted[0]!.headers.map(({ key }) => key).sort()).toEqual(['Accept-CH', 'Critical-CH', 'Vary'])
  })
})

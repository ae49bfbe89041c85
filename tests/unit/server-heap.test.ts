import { describe, expect, it } from 'vitest'

import { SERVER_HEAP_MB, serverNodeOptions } from '../../scripts/lib/server-heap'

describe('the production server heap limit', () => {
  it('is added to NODE_OPTIONS, keeping what was there', () => {
    expect(serverNodeOptions(undefined)).toBe(`--max-old-space-size=${SERVER_HEAP_MB}`)
    expect(serverNodeOptions('--enable-source-maps')).toBe(`--enable-source-maps --max-old-space-size=${SERVER_HEAP_MB}`)
  })

  it('gives way to a limit the operator set', () => {
    expect(serverNodeOptions('--max-old-space-size=2048')).toBe('--max-old-space-size=2048')
  })
})

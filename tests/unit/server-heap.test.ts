import { describe, expect, it } from 'vitest'

import { OUTAGE_STATUS_MODULE, SERVER_HEAP_MB, serverNodeOptions } from '../../scripts/lib/server-heap'

const outage = `--import=${OUTAGE_STATUS_MODULE}`

describe('the production server NODE_OPTIONS', () => {
  it('adds the heap limit and the outage status module, keeping what was there', () => {
    expect(serverNodeOptions(undefined)).toBe(`--max-old-space-size=${SERVER_HEAP_MB} ${outage}`)
    expect(serverNodeOptions('--enable-source-maps')).toBe(`--enable-source-maps --max-old-space-size=${SERVER_HEAP_MB} ${outage}`)
  })

  it('gives way to a limit the operator set, and adds the module once', () => {
    expect(serverNodeOptions('--max-old-space-size=2048')).toBe(`--max-old-space-size=2048 ${outage}`)
    expect(serverNodeOptions(serverNodeOptions(undefined))).toBe(serverNodeOptions(undefined))
  })

  it('names a module that exists', async () => {
    const loaded = (await import(OUTAGE_STATUS_MODULE)) as { databaseUnreachable: () => boolean }
    expect(typeof loaded.databaseUnreachable()).toBe('boolean')
  })
})

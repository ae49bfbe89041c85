import { describe, expect, it } from 'vitest'

import { MALFORMED_URL_MODULE, OUTAGE_STATUS_MODULE, SERVER_HEAP_MB, serverNodeOptions, STRICT_TRANSPORT_MODULE } from '../../scripts/lib/server-heap'

const outage = `--import=${OUTAGE_STATUS_MODULE} --import=${MALFORMED_URL_MODULE} --import=${STRICT_TRANSPORT_MODULE}`

describe('the production server NODE_OPTIONS', () => {
  it('adds the heap limit and the outage status module, keeping what was there', () => {
    expect(serverNodeOptions(undefined)).toBe(`--max-old-space-size=${SERVER_HEAP_MB} ${outage}`)
    expect(serverNodeOptions('--enable-source-maps')).toBe(`--enable-source-maps --max-old-space-size=${SERVER_HEAP_MB} ${outage}`)
  })

  it('gives way to a limit the operator set, and adds the module once', () => {
    expect(serverNodeOptions('--max-old-space-size=2048')).toBe(`--max-old-space-size=2048 ${outage}`)
    expect(serverNodeOptions(serverNodeOptions(undefined))).toBe(serverNodeOptions(undefined))
  })

  it('names modules that exist', async () => {
    const loaded = (await import(OUTAGE_STATUS_MODULE)) as { databaseUnreachable: () => boolean }
    expect(typeof loaded.databaseUnreachable()).toBe('boolean')
    const guard = (await import(MALFORMED_URL_MODULE)) as { isMalformedPath: (url: string) => boolean }
    expect(['/topics/%E0%A4%A', '/a%', '/a%zz', '/a%00b'].map(guard.isMalformedPath)).toEqual([true, true, true, true])
    expect(['/topics/trade', '/search?q=%E0', '/%D0%9F%D1%83%D1%82%D0%B8%D0%BD', '/a%20b'].map(guard.isMalformedPath)).toEqual([false, false, false, false])
  })
})

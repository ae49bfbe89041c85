import { describe, expect, it } from 'vitest'

import { parseWrkOutput } from '../../bench/wrk'

const OUTPUT = `Running 10s test @ http://127.0.0.1:3700
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     4.86ms    3.58ms  36.31ms   87.69%
  17360 requests in 10.00s, 0.86MB read
  Non-2xx or 3xx responses: 3
Requests/sec:   1736.00
WRK_JSON {"durationUs":10000000,"requests":17360,"bytes":902905,"connectErrors":1,"readErrors":2,"writeErrors":0,"timeouts":4,"non2xx3xx":3,"p50Us":3798,"p90Us":8453,"p99Us":17028,"p999Us":35524,"maxUs":1236307,"meanUs":4864.9}
`

describe("the bench's wrk results", () => {
  it('reads rate, percentiles in ms, errors and non-2xx from the Lua script’s line', () => {
    expect(parseWrkOutput(OUTPUT)).toEqual({
      requestsPerSecond: 1736,
      requests: 17360,
      p50Ms: 3.8,
      p90Ms: 8.5,
      p99Ms: 17,
      p999Ms: 35.5,
      maxMs: 1236.3,
      errors: 7,
      non2xx: 3,
    })
  })

  it('says so when wrk printed no result', () => {
    expect(() => parseWrkOutput('unable to connect to 127.0.0.1:3700 Connection refused\n')).toThrow(/no result/)
  })
})

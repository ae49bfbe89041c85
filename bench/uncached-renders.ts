import { expireTags } from './expire-tags'
import { sqlCounter } from './sql-count'
import { spread, type Spread } from './stats'
import type { Surface } from './surfaces'

/** Renders timed per surface: issue 17 asks for the median of 20. */
export const UNCACHED_RENDERS = 20

export interface UncachedResult {
  /** Time to last byte, ms, one request at a time on a warm process with page and data caches expired. */
  ms: Spread
  /** SQL statements the first of them sent. */
  sqlStatements: number
  status: number
}

async function timed(url: string): Promise<{ ms: number; status: number }> {
  const start = performance.now()
  const response = await fetch(url)
  await response.arrayBuffer()
  return { ms: Math.round((performance.now() - start) * 10) / 10, status: response.status }
}

/**
 * Each surface's uncached cost: every tag the bench's pages carry is expired before each
 * request, so the page cache and the data cache under it are both cold, while the process
 * itself is warm (compiled, connected, its own pages rendered before).
 */
export async function measureUncached(
  origin: string,
  sqlCountPort: number,
  list: Surface[],
  everyTag: string[],
  secret: string,
  renders = UNCACHED_RENDERS,
): Promise<Record<string, UncachedResult>> {
  const sql = sqlCounter(sqlCountPort)
  const results: Record<string, UncachedResult> = {}
  for (const surface of list.filter((one) => one.uncached)) {
    const url = `${origin}${surface.paths[0]}`
    // One render first: the process has rendered this route before (warm), as after any publish.
    await timed(url)
    const times: number[] = []
    let statements = 0
    let status = 0
    for (let i = 0; i < renders; i += 1) {
      await expireTags(origin, everyTag, secret)
      if (i === 0) {
        await sql.settle()
        statements = await sql.during(async () => {
          const one = await timed(url)
          times.push(one.ms)
          status = one.status
        })
      } else times.push((await timed(url)).ms)
    }
    results[surface.name] = { ms: spread(times), sqlStatements: statements, status }
    console.log(`uncached ${surface.name}: median ${results[surface.name]!.ms.median} ms, ${statements} SQL statements`)
  }
  return results
}

import type { StoredPage } from './same-bytes'
import { spread, type Spread } from './stats'
import { UNCACHED_RENDERS } from './uncached-renders'

/**
 * Next's own floor for an uncached page of each surface's size: the bare Next app's floor page
 * (bench/bare-next/app/floor), which reads nothing and renders plain elements as large as the
 * page the site served, timed as the site's uncached renders are (time to last byte, one at a
 * time, a first render not counted), each request at a new address so each is a render.
 */
export async function measureUncachedFloor(
  bareOrigin: string,
  stored: Map<string, StoredPage[]>,
  names: string[],
  renders = UNCACHED_RENDERS,
): Promise<Record<string, Spread>> {
  const floors: Record<string, Spread> = {}
  let fresh = 0
  const timed = async (key: string) => {
    fresh += 1
    const start = performance.now()
    const response = await fetch(`${bareOrigin}/floor/${key}-${Date.now()}${fresh}`)
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`the floor page answered ${response.status}`)
    return Math.round((performance.now() - start) * 10) / 10
  }
  for (const name of names) {
    const key = stored.get(name)?.[0]?.key
    if (!key) continue
    await timed(key)
    const times: number[] = []
    for (let i = 0; i < renders; i += 1) times.push(await timed(key))
    floors[name] = spread(times)
    console.log(`uncached floor (bare Next, ${name}'s size): median ${floors[name]!.median} ms`)
  }
  return floors
}

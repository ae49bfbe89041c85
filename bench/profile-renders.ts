import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { startBenchServer, type BenchServerConfig } from './bench-server'
import { readLargestProfile, topSelfTime, type HotFunction } from './cpu-profile'
import { measureUncached } from './uncached-renders'
import type { Surface } from './surfaces'

/**
 * `--profile`: a server run with `--cpu-prof`, timing the uncached renders of the given
 * surfaces one surface after the other, then stopped so V8 writes the profile; each surface's
 * top self-time functions come from its own stretch of the profile.
 */
export async function profileUncachedRenders(
  config: BenchServerConfig,
  list: Surface[],
  everyTag: string[],
): Promise<Record<string, HotFunction[]>> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-cpu-prof-'))
  try {
    const server = await startBenchServer(config, dir)
    const windows: { name: string; start: number; end: number }[] = []
    try {
      for (const surface of list) {
        const start = performance.now()
        await measureUncached(server.origin, config.sqlCountPort, [surface], everyTag, config.secret)
        windows.push({ name: surface.name, start, end: performance.now() })
      }
    } finally {
      await server.stop()
    }
    const exited = performance.now()
    const profile = await readLargestProfile(dir)
    return Object.fromEntries(
      windows.map((window) => [
        window.name,
        topSelfTime(profile, {
          windowUs: (window.end - window.start) * 1000,
          endOffsetUs: (exited - window.end) * 1000,
        }),
      ]),
    )
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

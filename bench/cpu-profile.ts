import fs from 'node:fs/promises'
import path from 'node:path'

/** A V8 CPU profile as `node --cpu-prof` writes it (the parts read here). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

export interface HotFunction {
  function: string
  /** File (relative to the project where it is inside it) and 1-based line. */
  where: string
  selfMs: number
  percent: number
}

/**
 * The functions with the most self time in a profile, optionally only over the last part of
 * it — `windowUs` microseconds ending `endOffsetUs` before the profile's end — so start-up
 * does not drown the renders measured before the process exited.
 */
export function topSelfTime(
  profile: CpuProfile,
  {
    top = 20,
    windowUs,
    endOffsetUs = 0,
    root = process.cwd(),
  }: { top?: number; windowUs?: number; endOffsetUs?: number; root?: string } = {},
): HotFunction[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const windowEnd = profile.endTime - endOffsetUs
  const windowStart = windowUs === undefined ? -Infinity : windowEnd - windowUs
  const self = new Map<string, { function: string; where: string; us: number }>()
  let total = 0
  let time = profile.startTime
  profile.samples.forEach((id, index) => {
    time += profile.timeDeltas[index] ?? 0
    if (time < windowStart || time > windowEnd) return
    const frame = byId.get(id)?.callFrame
    if (!frame || frame.functionName === '(idle)') return
    // The time until the next sample is this sample's.
    const us = profile.timeDeltas[index + 1] ?? 0
    const file = frame.url.replace(/^file:\/\//, '')
    const where = file ? `${file.startsWith(root) ? path.relative(root, file) : file}:${frame.lineNumber + 1}` : ''
    const key = `${frame.functionName}@${where}`
    const entry = self.get(key) ?? { function: frame.functionName || '(anonymous)', where, us: 0 }
    entry.us += us
    self.set(key, entry)
    total += us
  })
  return [...self.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map((entry) => ({
      function: entry.function,
      where: entry.where,
      selfMs: Math.round(entry.us / 100) / 10,
      percent: total > 0 ? Math.round((entry.us / total) * 1000) / 10 : 0,
    }))
}

/** The largest profile in `dir` (the server's own process, not a short-lived helper). */
export async function readLargestProfile(dir: string): Promise<CpuProfile> {
  const files = (await fs.readdir(dir)).filter((name) => name.endsWith('.cpuprofile'))
  if (files.length === 0) throw new Error(`no CPU profile was written to ${dir}`)
  const sized = await Promise.all(
    files.map(async (name) => ({ name, size: (await fs.stat(path.join(dir, name))).size })),
  )
  const largest = sized.sort((a, b) => b.size - a.size)[0]!
  return JSON.parse(await fs.readFile(path.join(dir, largest.name), 'utf8')) as CpuProfile
}

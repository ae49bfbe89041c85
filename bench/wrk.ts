import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { childEnv } from '../lib/server/env'

/**
 * HTTP load with wrk (Debian's `wrk`), driven by bench/wrk-paths.lua: any number of paths in
 * turn, latency percentiles to p99.9, errors and non-2xx/3xx answers counted. wrk's own timeout
 * is raised to 10 s so a slow answer counts in the percentiles instead of vanishing as a
 * timeout at its default 2 s.
 */
export const WRK_PATH = '/usr/bin/wrk'
const SCRIPT = path.join(import.meta.dirname, 'wrk-paths.lua')

export interface LoadResult {
  requestsPerSecond: number
  requests: number
  p50Ms: number
  p90Ms: number
  p99Ms: number
  p999Ms: number
  maxMs: number
  /** Connect, read and write errors and timeouts. */
  errors: number
  /** Answers with a status of 400 or more (wrk counts 3xx as success). */
  non2xx: number
}

export function requireWrk(): void {
  if (!existsSync(WRK_PATH)) throw new Error(`wrk is not installed (${WRK_PATH}): sudo apt-get install -y wrk`)
}

interface WrkSummary {
  durationUs: number
  requests: number
  connectErrors: number
  readErrors: number
  writeErrors: number
  timeouts: number
  non2xx3xx: number
  p50Us: number
  p90Us: number
  p99Us: number
  p999Us: number
  maxUs: number
}

const ms = (us: number) => Math.round(us / 100) / 10

/** The result in wrk's output: the JSON line the Lua script's done() writes. */
export function parseWrkOutput(output: string): LoadResult {
  const line = output.split('\n').find((one) => one.startsWith('WRK_JSON '))
  if (!line) throw new Error(`wrk printed no result:\n${output.slice(-2000)}`)
  const summary = JSON.parse(line.slice('WRK_JSON '.length)) as WrkSummary
  return {
    requestsPerSecond: Math.round(summary.requests / (summary.durationUs / 1e6)),
    requests: summary.requests,
    p50Ms: ms(summary.p50Us),
    p90Ms: ms(summary.p90Us),
    p99Ms: ms(summary.p99Us),
    p999Ms: ms(summary.p999Us),
    maxMs: ms(summary.maxUs),
    errors: summary.connectErrors + summary.readErrors + summary.writeErrors + summary.timeouts,
    non2xx: summary.non2xx3xx,
  }
}

export interface LoadOptions {
  connections?: number
  seconds?: number
  threads?: number
  /** Sends `Accept-Encoding: gzip`, as every browser does. */
  gzip?: boolean
}

/** Drives `origin` with `paths` in turn (each thread its share, in order) for `seconds`. */
export async function load(
  origin: string,
  paths: readonly string[],
  { connections = 32, seconds = 8, threads = 2, gzip = false }: LoadOptions = {},
): Promise<LoadResult> {
  requireWrk()
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-wrk-'))
  const list = path.join(folder, 'paths.txt')
  await fs.writeFile(list, `${paths.join('\n')}\n`)
  try {
    const args = ['-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '--timeout', '10s']
    if (gzip) args.push('-H', 'Accept-Encoding: gzip')
    const { stdout } = await promisify(execFile)(WRK_PATH, [...args, '-s', SCRIPT, origin], {
      env: childEnv({ WRK_PATHS: list, WRK_THREADS: String(threads) }),
      maxBuffer: 16 * 1024 * 1024,
    })
    return parseWrkOutput(stdout)
  } finally {
    await fs.rm(folder, { recursive: true, force: true })
  }
}

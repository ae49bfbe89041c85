import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The production server, started one way everywhere: `npm start` (scripts/launch.ts), the
 * bench, Lighthouse and the end-to-end tests all take its command and NODE_OPTIONS from here,
 * and tests/unit/production-server.test.ts holds the Dockerfile's NODE_OPTIONS and COPY lines
 * to the same list.
 */

const require = createRequire(import.meta.url)
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/**
 * The production server's V8 heap limit. Left alone, V8 sizes the old generation from the
 * machine's memory (about 4 GB here) and lets garbage pile up to it: after the bench's load
 * the server sat at 707 MB. V8 grows the heap towards its limit before collecting hard, so the
 * limit sets the resident size under load: at 512 MB a server rendering 1,400 uncached stories
 * at 100,000 sat at 656 MB, at 384 MB at 510 MB. The page cache (PAGE_CACHE_MB, counted in
 * real bytes) and Next's own working set stay well inside it; 320 MB ran out.
 */
export const SERVER_HEAP_MB = 384

/**
 * Modules the production server loads with `node --import`, relative to the project root:
 * the one list. The server edge (malformed paths → 400, server errors → 503 while the
 * database is down) wraps Next's request listener; see the module for why it cannot live in
 * the app.
 */
export const SERVER_PRELOAD_MODULES = ['lib/server/request-edge.mjs'] as const

/**
 * NODE_OPTIONS for the production server: the caller's own, plus the heap limit unless they
 * set one, plus `--import` of each preload module they lack. `root` is where the project
 * lives: this checkout, or `/app` in the Docker image.
 */
export function serverNodeOptions(current: string | undefined, root: string = PROJECT_ROOT): string {
  const heap = current?.includes('--max-old-space-size') ? [] : [`--max-old-space-size=${SERVER_HEAP_MB}`]
  const modules = SERVER_PRELOAD_MODULES.map((module) => path.join(root, module))
    .filter((module) => !current?.includes(module))
    .map((module) => `--import=${module}`)
  return [current, ...heap, ...modules].filter(Boolean).join(' ')
}

/** Next's command-line entry, as its package.json declares it (`bin.next`). */
export function nextCli(): string {
  const manifest = require.resolve('next/package.json')
  const { bin } = require(manifest) as { bin: { next: string } }
  return path.join(path.dirname(manifest), bin.next)
}

/** The production server's arguments to `node`: Next's `start` (the Docker image runs the standalone `server.js` instead). */
export function productionServerArgs(extraArgs: string[] = []): string[] {
  return [nextCli(), 'start', ...extraArgs]
}

export interface ProductionServerOptions {
  port: number
  /** The server's environment (NODE_ENV, DATABASE_URL, PAYLOAD_SECRET, …); PORT and NODE_OPTIONS are added. */
  env: NodeJS.ProcessEnv
  /**
   * Through `npm start` (scripts/launch.ts), as an operator starts it, rather than node
   * directly. Always in a process group of its own, so stop() ends npm, the launcher and Next.
   */
  viaNpmStart?: boolean
  /** A process group of its own (stop() signals the group). Off, Ctrl-C reaches the server with its parent. */
  detached?: boolean
  /** Node flags before Next's (the bench's SQL counter). */
  nodeArgs?: string[]
  stdio?: StdioOptions
}

export interface ProductionServer {
  child: ChildProcess
  origin: string
  /** Resolves once /api/health answers 200; rejects when the server exits first or time runs out. */
  healthy(timeoutMs?: number): Promise<void>
  /** Resolves once /api/ready answers 200: healthy and its cache warmed (lib/server/warm-up.ts). */
  ready(timeoutMs?: number): Promise<void>
  /** SIGTERM (to its group when it has one), SIGKILL after 15 s; resolves once it has exited. */
  stop(): Promise<void>
}

/** Polls `${origin}/api/health` every half second until it answers 200 (`npm run dev`'s server too). */
export function waitForHealth(origin: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  return waitFor200(origin, '/api/health', 'healthy', child, timeoutMs)
}

async function waitFor200(
  origin: string,
  endpoint: string,
  state: string,
  child: ChildProcess,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) during start; see its output above`)
    if (
      (await fetch(`${origin}${endpoint}`).then(
        (response) => response.status,
        () => 0,
      )) === 200
    )
      return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the server did not become ${state} at ${origin}${endpoint} within ${Math.round(timeoutMs / 1000)} s`)
}

/** Starts the production server and returns at once; see startProductionServer to wait for it. */
export function spawnProductionServer(options: ProductionServerOptions): ProductionServer {
  const origin = `http://127.0.0.1:${options.port}`
  const detached = options.viaNpmStart === true || options.detached === true
  const portArgs = ['-p', String(options.port)]
  const env = { ...options.env, PORT: String(options.port) }
  const child = options.viaNpmStart
    ? // The launcher adds NODE_OPTIONS itself, from the same serverNodeOptions.
      spawn('npm', ['start', '--', ...portArgs], { env, detached, stdio: options.stdio ?? 'inherit' })
    : spawn(process.execPath, [...(options.nodeArgs ?? []), ...productionServerArgs(portArgs)], {
        env: { ...env, NODE_OPTIONS: serverNodeOptions(options.env.NODE_OPTIONS) },
        detached,
        stdio: options.stdio ?? 'inherit',
      })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    child,
    origin,
    healthy: (timeoutMs) => waitForHealth(origin, child, timeoutMs),
    ready: (timeoutMs) => waitFor200(origin, '/api/ready', 'ready', child, timeoutMs),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      const signal = (name: NodeJS.Signals) => {
        try {
          if (detached && child.pid) process.kill(-child.pid, name)
          else child.kill(name)
        } catch {
          // Already gone.
        }
      }
      signal('SIGTERM')
      const forced = setTimeout(() => signal('SIGKILL'), 15_000)
      await exited.finally(() => clearTimeout(forced))
    },
  }
}

/**
 * Starts the production server and waits until /api/ready answers 200 (healthy, cache warm): the one way the bench,
 * Lighthouse and the end-to-end tests start it. A server that does not become healthy is
 * stopped before the error is thrown.
 */
export async function startProductionServer(
  options: ProductionServerOptions & { timeoutMs?: number },
): Promise<ProductionServer> {
  const server = spawnProductionServer(options)
  try {
    await server.ready(options.timeoutMs)
  } catch (error) {
    await server.stop()
    throw error
  }
  return server
}

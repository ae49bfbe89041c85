import path from 'node:path'

import {
  spawnProductionServer,
  startProductionServer,
  type ProductionServer,
  type ProductionServerOptions,
} from '../scripts/lib/production-server'
import { childEnv } from '../lib/server/env'

/** What the bench's production server runs with (as bench/run.ts's environment describes). */
export interface BenchServerConfig {
  port: number
  databaseUrl: string
  secret: string
  mediaDir: string
  admin: { email: string; password: string }
  sqlCountPort: number
}

export const serverOrigin = (config: BenchServerConfig) => `http://127.0.0.1:${config.port}`

export function benchServerEnv(config: BenchServerConfig): NodeJS.ProcessEnv {
  return {
    ...childEnv(),
    NODE_ENV: 'production',
    DATABASE_URL: config.databaseUrl,
    PAYLOAD_SECRET: config.secret,
    PORT: String(config.port),
    SITE_URL: serverOrigin(config),
    MEDIA_DIR: config.mediaDir,
    // Beside the media, in the bench's own folder: the restart warms what this run read.
    HOT_PATHS_FILE: path.join(path.dirname(config.mediaDir), 'hot-paths.json'),
    NEXT_TELEMETRY_DISABLED: '1',
    ADMIN_EMAIL: config.admin.email,
    ADMIN_PASSWORD: config.admin.password,
    // Nothing but the requests under test may query: the job runner's polling would be counted.
    JOBS_AUTORUN: 'off',
    SQL_COUNT_PORT: String(config.sqlCountPort),
  }
}

function serverOptions(config: BenchServerConfig, profileDir?: string): ProductionServerOptions {
  return {
    port: config.port,
    env: benchServerEnv(config),
    detached: true,
    nodeArgs: [
      '--import',
      './bench/count-sql.mjs',
      ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []),
    ],
    stdio: ['ignore', 'ignore', 'inherit'],
  }
}

/**
 * The production server with the SQL counter preloaded (bench/count-sql.mjs), in a process
 * group of its own, once /api/ready answers; with `profileDir`, V8 writes a CPU profile there
 * when it exits.
 */
export function startBenchServer(config: BenchServerConfig, profileDir?: string): Promise<ProductionServer> {
  return startProductionServer({ ...serverOptions(config, profileDir), timeoutMs: 300_000 })
}

/** The same server, returned at once (the caller times health and readiness). */
export function spawnBenchServer(config: BenchServerConfig): ProductionServer {
  return spawnProductionServer(serverOptions(config))
}

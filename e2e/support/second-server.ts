/**
 * The environment of a second production server on the suite's database (the suite's own
 * server, from global-setup.ts, keeps running): for specs that watch a server start or restart.
 * Its list of most-read pages goes in a file of the spec's, not in the checkout's `.data/`.
 */
export function secondServerEnv(origin: string, hotPathsFile: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    SITE_URL: origin,
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    PAYLOAD_SECRET: process.env.E2E_PAYLOAD_SECRET,
    // One job runner per database: the suite's own server runs the queue.
    JOBS_AUTORUN: 'off',
    NEXT_TELEMETRY_DISABLED: '1',
    HOT_PATHS_FILE: hotPathsFile,
  }
}

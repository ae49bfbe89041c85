export async function register(): Promise<void> {
  // The build needs no database: nothing to prepare while pages are being compiled.
  // Read as written, not through lib/server/env: Next replaces `process.env.NEXT_RUNTIME` at
  // build time, which keeps the Node-only start-up out of any other runtime's bundle.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startServer } = await import('./lib/server/startup')
  await startServer()
}

export async function register(): Promise<void> {
  // The build needs no database: nothing to prepare while pages are being compiled.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startServer } = await import('./lib/server/startup')
  await startServer()
}

import { inject } from 'vitest'

// Set before any test file imports payload.config.ts, which reads them at import.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET = inject('payloadSecret')
process.env.MEDIA_DIR = inject('mediaDir')
// Saves outside a Next request post their cache tags here; tests that check them listen on it.
process.env.INTERNAL_URL ??= 'http://127.0.0.1:9'

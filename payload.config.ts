import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { Articles } from './collections/Articles'
import { Users } from './collections/Users'
import { keepFieldErrorDetails } from './lib/server/validation-errors'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — Summit Wire' },
  },
  collections: [Users, Articles],
  editor: lexicalEditor(),
  hooks: { afterError: [keepFieldErrorDetails] },
  // Checked for presence and length at server start (lib/server/startup.ts), not at build.
  secret: process.env.PAYLOAD_SECRET ?? '',
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  db: postgresAdapter({
    pool: {
      connectionString: process.env.DATABASE_URL,
      connectionTimeoutMillis: 5000,
    },
    // The schema comes only from committed migrations (migrations/), in dev too: dev "push"
    // and migrations on one database end in an interactive data-loss prompt.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  telemetry: false,
})

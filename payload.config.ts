import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { NEWSROOM_COLLECTIONS } from './collections'
import { Users } from './collections/Users'
import { PREVIEWABLE, previewUrl, type PreviewableCollection } from './lib/preview-links'
import { countFailedLogins } from './lib/server/failed-logins'
import { emailToLog } from './lib/server/email-to-log'
import { databaseUrl, payloadSecret, readReplicaUrls } from './lib/server/env'
import { depthLimit } from './lib/server/graphql-depth-limit'
import { listLimits } from './lib/server/graphql-list-limits'
import { jobsConfig } from './lib/server/jobs'
import { refuseValuesThatDoNotFit } from './lib/server/query-value-errors'
import { keepFieldErrorDetails } from './lib/server/validation-errors'
import { mediaStorage } from './lib/storage/media-storage-plugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** A malformed DATABASE_REPLICA_URLS stops the server in one line at start (lib/server/startup.ts), not here. */
function replicasOrNone(): string[] {
  try {
    return readReplicaUrls()
  } catch {
    return []
  }
}

/** Largest upload accepted, in bytes. */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — Summit Wire' },
    // Says plainly, on every admin screen, when the database cannot be reached.
    components: {
      providers: ['/components/admin/DatabaseStatusProvider#DatabaseStatusProvider'],
      // In production the first account is not open to whoever comes first (lib/server/first-user-gate.ts).
      views: { createFirstUser: { Component: '/admin/FirstAccountView#FirstAccountView' } },
    },
    // Gravatar would send every editor's email hash to a third party (and fails offline).
    avatar: 'default',
    // Drafts on the real page layout, side by side with the form, at phone and desktop widths.
    livePreview: {
      collections: [...PREVIEWABLE],
      url: ({ collectionConfig, data }) =>
        collectionConfig && data?.id
          ? previewUrl(collectionConfig.slug as PreviewableCollection, data.id as number)
          : '/',
      breakpoints: [
        { label: 'Phone', name: 'phone', width: 375, height: 740 },
        { label: 'Desktop', name: 'desktop', width: 1366, height: 900 },
      ],
    },
  },
  // A copy: Payload adds its own collections to the array it is given.
  collections: [...NEWSROOM_COLLECTIONS],
  editor: lexicalEditor(),
  email: emailToLog,
  graphQL: {
    // Payload prices each field 1 and each relationship more; a reader's widest real query is
    // well under this. Deep queries are refused by depth before complexity is even counted.
    maxComplexity: 500,
    // listLimits reads the caller (signed in or not) and the variables from the request.
    validationRules: (args) => [depthLimit(), listLimits(args)],
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
  },
  hooks: { afterError: [keepFieldErrorDetails, countFailedLogins, refuseValuesThatDoNotFit] },
  jobs: jobsConfig,
  // Uploads on local disk, or in an S3-compatible bucket when S3_BUCKET is set.
  plugins: [mediaStorage],
  sharp,
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  // Checked for presence and length at server start (lib/server/startup.ts), not at build.
  secret: payloadSecret(),
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  db: postgresAdapter({
    pool: {
      connectionString: databaseUrl(),
      connectionTimeoutMillis: 5000,
    },
    // Reader pages read from streaming replicas when DATABASE_REPLICA_URLS names any
    // (lib/server/replica-reads.ts keeps a node off a replica that lacks a change it knows of).
    ...(replicasOrNone().length > 0 ? { readReplicas: replicasOrNone() } : {}),
    // The schema comes only from committed migrations (migrations/), in dev too: dev "push"
    // and migrations on one database end in an interactive data-loss prompt.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    // Drizzle tables for the reads that go to the database directly (lib/server/database.ts):
    // generated like payload-types.ts, so a misspelt table or column fails the type-check.
    generateSchemaOutputFile: path.resolve(dirname, 'payload-generated-schema.ts'),
  }),
  telemetry: false,
})

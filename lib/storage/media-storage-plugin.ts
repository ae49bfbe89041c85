import { s3Storage } from '@payloadcms/storage-s3'
import { APIError, type CollectionConfig, type Config, type Plugin } from 'payload'

import { objectStorageSettings } from '../server/env'
import { noSuchFile } from '../server/missing-upload'
import { originalFromBucket } from './recut-from-bucket'
import { ObjectStorageUnavailable, REMOVE_FAILED, STORE_FAILED } from './storage-errors'
import { s3ClientConfig } from './s3-client'
import { objectStorageProblem } from './storage-check'

/** The upload collections whose files may live in object storage. */
const COLLECTIONS = ['media'] as const

type UploadOptions = Exclude<CollectionConfig['upload'], boolean | undefined>
type FileHandler = NonNullable<UploadOptions['handlers']>[number]
type Hooks = NonNullable<CollectionConfig['hooks']>
type AnyHook = NonNullable<Hooks[keyof Hooks]>[number]

/** What a reader gets for an image while the bucket does not answer: a clear, uncached 503. */
function storageUnavailable(): Response {
  return Response.json(
    { errors: [{ message: 'Images cannot be read from object storage right now. Try again in a moment.' }] },
    { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '30' } },
  )
}

/**
 * The adapter's file handler answers a bucket that does not answer with a bare 500 and a
 * missing key with an empty 404; readers and the edge get a 503 that says so (and is never
 * cached), and the same 404 as local disk gives.
 */
function explainedHandler(handler: FileHandler): FileHandler {
  const explained = async (...args: Parameters<FileHandler>) => {
    const response = await handler(...args)
    if (!(response instanceof Response)) return response
    if (response.status === 404) return noSuchFile()
    if (response.status >= 500) return storageUnavailable()
    return response
  }
  return explained as FileHandler
}

/**
 * The adapter uploads in an afterChange hook, inside the save's transaction: when the bucket
 * fails, the hook throws and nothing is saved. The editor gets a message that says what
 * happened instead of "Something went wrong".
 */
function explainedHook(hook: AnyHook, message: string): AnyHook {
  const explained = async (...args: unknown[]) => {
    try {
      return await (hook as (...hookArgs: unknown[]) => unknown)(...args)
    } catch (error) {
      if (error instanceof APIError) throw error
      throw new ObjectStorageUnavailable(message)
    }
  }
  return explained as AnyHook
}

const refuseWhileStorageIsDown: NonNullable<Hooks['beforeDelete']>[number] = async () => {
  if (await objectStorageProblem()) throw new ObjectStorageUnavailable(REMOVE_FAILED)
}

/** The collection with what `added` brought beyond `before` made to explain storage failures. */
function explainAdditions(before: CollectionConfig | undefined, added: CollectionConfig): CollectionConfig {
  const isNew = <T>(list: readonly T[] | undefined, item: T) => !(list ?? []).includes(item)
  const beforeUpload = typeof before?.upload === 'object' ? before.upload : undefined
  const upload = typeof added.upload === 'object' ? added.upload : undefined
  return {
    ...added,
    hooks: {
      ...added.hooks,
      beforeOperation: [...(added.hooks?.beforeOperation ?? []), originalFromBucket],
      afterChange: added.hooks?.afterChange?.map((hook) =>
        isNew(before?.hooks?.afterChange, hook) ? explainedHook(hook as AnyHook, STORE_FAILED) : hook,
      ) as Hooks['afterChange'],
      // The adapter deletes the files after the row is gone and only logs a failure: check the
      // bucket answers first, or the image would vanish from the newsroom and stay in the bucket.
      beforeDelete: [...(added.hooks?.beforeDelete ?? []), refuseWhileStorageIsDown],
    },
    upload: upload && {
      ...upload,
      handlers: upload.handlers?.map((handler) =>
        isNew(beforeUpload?.handlers, handler) ? explainedHandler(handler) : handler,
      ),
    },
  }
}

/**
 * Malformed S3_* variables stop the server in one line at start (lib/server/startup.ts) and a
 * script when it reaches the bucket; thrown here, inside payload.config's build, they would be
 * an unhandled rejection with a stack trace before either could say so.
 */
function settingsOrNone(): ReturnType<typeof objectStorageSettings> {
  try {
    return objectStorageSettings()
  } catch {
    return null
  }
}

/**
 * Uploads in an S3-compatible bucket when S3_BUCKET is set (lib/server/env.js), on local disk
 * otherwise. The adapter's `prefix` and `_objectKey` columns exist either way
 * (`alwaysInsertFields`), so one schema and one migration serve both, and a newsroom can move
 * its files to a bucket without a schema change. Objects are keyed by file name, as on disk.
 * Files are still served through Payload (`/api/media/file/…`), with its access control and
 * the collection's cache headers; the bucket need not be public.
 */
export const mediaStorage: Plugin = async (incoming: Config): Promise<Config> => {
  const settings = settingsOrNone()
  const plugin = s3Storage({
    enabled: settings !== null,
    alwaysInsertFields: true,
    // An empty prefix (keys are file names, as on disk) rather than none: with none the adapter
    // adds its `prefix` field only while disabled, and the schema would change with the setting.
    collections: Object.fromEntries(COLLECTIONS.map((slug) => [slug, { prefix: '' }])),
    bucket: settings?.bucket ?? '',
    config: settings ? s3ClientConfig(settings) : {},
  })
  const config = await plugin(incoming)
  if (!settings) return config
  const previous = new Map((incoming.collections ?? []).map((collection) => [collection.slug, collection]))
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      (COLLECTIONS as readonly string[]).includes(collection.slug)
        ? explainAdditions(previous.get(collection.slug), collection)
        : collection,
    ),
  }
}

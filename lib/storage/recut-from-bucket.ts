import type { CollectionConfig, PayloadRequest } from 'payload'

import { bucketMediaFiles, contentTypeOf } from './media-files'
import { ObjectStorageUnavailable, STORE_FAILED } from './storage-errors'
import { storageClient } from './s3-client'

type Hooks = NonNullable<CollectionConfig['hooks']>

/** Whether a save of an image asks Payload to cut its sizes again (a new crop or focal point), as Payload decides it. */
function recutsSizes(
  req: PayloadRequest,
  data: Record<string, unknown> | undefined,
  stored: { focalX?: number | null; focalY?: number | null },
) {
  const edits = req.query?.uploadEdits as Record<string, unknown> | undefined
  if (edits && typeof edits === 'object' && (edits.crop || edits.heightInPixels || edits.widthInPixels)) return true
  const focal = edits?.focalPoint as { x?: number; y?: number } | undefined
  const x = focal?.x ?? data?.focalX
  const y = focal?.y ?? data?.focalY
  return (x !== undefined && x !== stored.focalX) || (y !== undefined && y !== stored.focalY)
}

/**
 * A new crop or focal point makes Payload cut the sizes again from the original, which it
 * fetches over HTTP from the request's own origin when files are not on local disk — refused in
 * production for a private address (its SSRF guard), impossible for a save without a request
 * (scripts, jobs). The original is handed over from the bucket instead, as an upload of the
 * same name; Payload names a re-upload afresh, so the image and its sizes get new names (which
 * no cache holds) and the adapter removes the old objects.
 */
export const originalFromBucket: NonNullable<Hooks['beforeOperation']>[number] = async ({ args, operation, req }) => {
  const id = (args as { id?: number | string }).id
  if (operation !== 'update' || req.file || id === undefined) return args
  const bucket = storageClient()
  if (!bucket) return args
  const stored = await req.payload.findByID({ collection: 'media', id, depth: 0, req, overrideAccess: true })
  if (!stored.filename || !recutsSizes(req, (args as { data?: Record<string, unknown> }).data, stored)) return args
  const bytes = await bucketMediaFiles(bucket.s3, bucket.bucket)
    .read(stored.filename)
    .catch(() => {
      throw new ObjectStorageUnavailable(STORE_FAILED)
    })
  if (bytes)
    req.file = {
      data: bytes,
      mimetype: stored.mimeType ?? contentTypeOf(stored.filename),
      name: stored.filename,
      size: bytes.length,
    }
  return args
}

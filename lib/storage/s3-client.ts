import { S3, type S3ClientConfig } from '@aws-sdk/client-s3'

import { objectStorageSettings } from '../server/env'

export type ObjectStorageSettings = NonNullable<ReturnType<typeof objectStorageSettings>>

/**
 * The S3 client options for the configured bucket, shared by Payload's storage adapter and our
 * own reads (originals for crops, backups, the move from disk), so both reach the bucket alike.
 */
export function s3ClientConfig(settings: ObjectStorageSettings): S3ClientConfig {
  return {
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
    ...(settings.accessKeyId && settings.secretAccessKey
      ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
      : {}),
    // Checksums only where S3 requires them: the SDK's default (a CRC trailer on every upload)
    // is not understood by every S3-compatible server, and the bucket's own MD5 ETag is what
    // the move from disk verifies against.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // A bucket that does not answer fails a request in seconds, not after the OS's TCP timeout:
    // an editor's upload gets its message and a reader's image its 503 while the page still works.
    maxAttempts: 2,
    requestHandler: {
      connectionTimeout: 2_000,
      requestTimeout: 20_000,
      httpAgent: { keepAlive: true, maxSockets: 100 },
      httpsAgent: { keepAlive: true, maxSockets: 100 },
    },
  }
}

let client: { key: string; s3: S3 } | undefined

/** This process's client for the configured bucket; null when uploads stay on local disk. */
export function storageClient(): { s3: S3; bucket: string } | null {
  const settings = objectStorageSettings()
  if (!settings) return null
  const key = JSON.stringify(settings)
  if (client?.key !== key) client = { key, s3: new S3(s3ClientConfig(settings)) }
  return { s3: client.s3, bucket: settings.bucket }
}

/** Whether an S3 error says the object is not there (as opposed to the bucket not answering). */
export function isMissingObject(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } }
  return name === 'NoSuchKey' || name === 'NotFound' || $metadata?.httpStatusCode === 404
}

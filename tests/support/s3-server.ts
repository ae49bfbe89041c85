import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

import { freePort } from '../../scripts/lib/embedded-postgres'

export interface TestS3 {
  endpoint: string
  /** The S3_* variables naming `bucket` on this server. */
  env: (bucket: string) => Record<string, string>
  /** A client for checking what the server holds. */
  client: S3
  createBucket: (bucket: string) => Promise<void>
  /** Every key in the bucket with its ETag (the MD5 of a single-part upload). */
  objects: (bucket: string) => Promise<Record<string, string>>
  /** Stops the server, as an outage would; `start` brings it back on the same port with its objects. */
  stop: () => Promise<void>
  start: () => Promise<void>
  dispose: () => Promise<void>
}

const KEY = 'S3RVER'

/**
 * An S3-compatible server (s3rver, tests only: it is unmaintained) on a free loopback port,
 * keeping its objects in a folder of its own so a stop and start is an outage, not a wipe.
 */
export async function startTestS3(): Promise<TestS3> {
  const port = await freePort()
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-s3-'))
  const endpoint = `http://127.0.0.1:${port}`
  let server: S3rver | null = null
  const start = async () => {
    if (server) return
    const fresh = new S3rver({ address: '127.0.0.1', port, directory, silent: true })
    await fresh.run()
    server = fresh
  }
  const stop = async () => {
    const running = server
    server = null
    await running?.close()
  }
  const client = new S3({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: KEY, secretAccessKey: KEY },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  await start()
  return {
    endpoint,
    env: (bucket) => ({
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: KEY,
      S3_SECRET_ACCESS_KEY: KEY,
    }),
    client,
    createBucket: async (bucket) => void (await client.createBucket({ Bucket: bucket })),
    objects: async (bucket) => {
      const listed = await client.listObjectsV2({ Bucket: bucket })
      return Object.fromEntries((listed.Contents ?? []).map((object) => [object.Key!, object.ETag!]))
    },
    start,
    stop,
    dispose: async () => {
      await stop()
      client.destroy()
      await fs.rm(directory, { recursive: true, force: true })
    },
  }
}

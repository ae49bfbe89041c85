import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionConfig } from 'payload'

type FileHandler = NonNullable<
  NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>>['handlers']
>[number]

/** The answer for an upload that is not stored, on disk or in the bucket. */
export function noSuchFile(): Response {
  return Response.json(
    { errors: [{ message: 'There is no such file.' }] },
    { status: 404, headers: { 'Cache-Control': 'no-store' } },
  )
}

/**
 * An upload collection's file handler that answers 404 for a file that is not on disk. Payload's
 * own fallback answers that with a 500 ("Something went wrong."), which a mistyped or stale
 * image URL should never cause. A file that exists, or a name outside the directory (which
 * Payload refuses with 400 itself), falls through to Payload.
 */
export function missingFilesAnswer404(staticDir: string): FileHandler {
  const handler = async (
    _req: unknown,
    { params }: { params: { filename: string } },
  ): Promise<Response | undefined> => {
    const directory = path.resolve(staticDir)
    const file = path.resolve(directory, params.filename)
    if (!file.startsWith(directory + path.sep)) return undefined
    try {
      await stat(file)
      return undefined
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      return noSuchFile()
    }
  }
  // Payload types a handler as Promise<Response> | Promise<void>, which no async function that
  // sometimes answers can be; at run time it treats any non-Response as "next handler".
  return handler as FileHandler
}

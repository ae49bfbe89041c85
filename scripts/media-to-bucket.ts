/**
 * `npm run media-to-bucket`: moves an existing newsroom's uploads from MEDIA_DIR into the S3
 * bucket named by S3_BUCKET (and S3_ENDPOINT, keys), checking every file arrived and that the
 * bucket holds every file the media documents name. It deletes nothing. Run it with the nodes
 * still on disk, then start them with the S3 variables; run it again just before to copy what
 * was uploaded meanwhile. See lib/storage/media-to-bucket.ts.
 */
import { mediaDir } from '../collections/Media'
import { databaseProblem } from '../lib/server/database'
import { databaseUrl } from '../lib/server/env'
import { moveMediaToBucket } from '../lib/storage/media-to-bucket'
import { bucketMediaFiles, folderMediaFiles } from '../lib/storage/media-files'
import { storageClient } from '../lib/storage/s3-client'

const fail = (message: string): never => {
  console.error(`\n✖ ${message}\n`)
  process.exit(1)
}

let bucket: ReturnType<typeof storageClient> = null
try {
  bucket = storageClient()
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}
if (!bucket)
  fail('Set S3_BUCKET (and S3_ENDPOINT and the keys for a server other than AWS) to name the bucket to move to.')
const problem = await databaseProblem()
if (problem) fail(problem)
const from = folderMediaFiles(mediaDir())
const to = bucketMediaFiles(bucket!.s3, bucket!.bucket)
try {
  const report = await moveMediaToBucket({ databaseUrl: databaseUrl()!, from, to })
  console.log(
    `${report.copied} files copied from ${from.where} to ${to.where}, ${report.alreadyThere} already there and identical.`,
  )
  if (report.notArrived.length > 0)
    fail(`${report.notArrived.length} files did not arrive whole: ${report.notArrived.join(', ')}. Run again.`)
  if (report.referencedButAbsent.length > 0)
    fail(
      `The bucket lacks ${report.referencedButAbsent.length} files that media documents name (they were not in ${from.where} either): ${report.referencedButAbsent.join(', ')}`,
    )
  console.log('Every file arrived, and the bucket holds every file the media documents name.')
} catch (error) {
  fail(`The move failed: ${error instanceof Error ? error.message : String(error)}`)
}
process.exit(0)

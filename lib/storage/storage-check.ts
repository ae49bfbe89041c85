import { reportOutage, reportRecovery } from '../server/dependency-outages.mjs'
import { storageClient } from './s3-client'

/**
 * Why the configured bucket cannot take uploads now (it does not answer, or does not exist),
 * or null when it can or uploads stay on disk: the start-up check, which also makes a missing
 * bucket, and the check before an image's removal. Health leaves it out:
 * a node without its bucket still serves every cached page and image.
 */
export async function objectStorageProblem({ createMissing = false } = {}): Promise<string | null> {
  const bucket = storageClient()
  if (!bucket) return null
  try {
    await bucket.s3.headBucket({ Bucket: bucket.bucket }, { abortSignal: AbortSignal.timeout(3000) })
    reportRecovery('object-storage')
    return null
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
    if (status === 404) {
      // A new deployment's first node makes the bucket; another node doing the same at once
      // finds it made (BucketAlreadyOwnedByYou), which is as good.
      if (createMissing) {
        const created = await bucket.s3.createBucket({ Bucket: bucket.bucket }).then(
          () => true,
          (failure: { name?: string }) => failure.name === 'BucketAlreadyOwnedByYou',
        )
        if (created) return null
      }
      return `Object storage answers, but has no bucket "${bucket.bucket}" and this node could not make it: create it (S3_BUCKET).`
    }
    reportOutage('object-storage')
    return `Object storage does not answer (${(error as Error).message || (error as Error).name}): uploads and images not yet cached will fail until it does.`
  }
}

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * The one Payload instance of this process (getPayload memoises it across bundles).
 * `runJobs` also starts the jobs queue's runner; only the server asks for it.
 */
export function getPayloadClient(options: { runJobs?: boolean } = {}): Promise<Payload> {
  return getPayload({ config, cron: options.runJobs === true })
}

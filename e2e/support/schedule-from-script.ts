/**
 * Queues a scheduled publish exactly as the admin's "Schedule publish" does (Payload's
 * schedulePublish task, run as the scheduling editor), from a separate process. The running
 * server's job runner must pick it up at its time.
 * usage: node --import tsx e2e/support/schedule-from-script.ts <articleId> <editorId> <ISO time> [publish|unpublish]
 */
import { getPayload } from 'payload'

import config from '../../payload.config'

const [articleId, editorId, at, type = 'publish'] = process.argv.slice(2)
if (!articleId || !editorId || !at || (type !== 'publish' && type !== 'unpublish'))
  throw new Error('usage: schedule-from-script.ts <articleId> <editorId> <ISO time> [publish|unpublish]')
const payload = await getPayload({ config })
await payload.jobs.queue({
  task: 'schedulePublish',
  input: {
    type,
    doc: { relationTo: 'articles', value: Number(articleId) },
    user: { relationTo: 'users', value: Number(editorId) },
  },
  waitUntil: new Date(at),
})
await payload.destroy()
process.exit(0)

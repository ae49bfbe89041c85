/**
 * Publishes an article through Payload's Local API from a separate process, as a seed or a
 * maintenance script does: no Next request is involved. Prints the new article's slug.
 * usage: node --import tsx e2e/support/publish-from-script.ts "<title>"
 */
import { getPayload } from 'payload'

import { flushRevalidations } from '../../lib/cache/revalidate'
import config from '../../payload.config'

const title = process.argv[2]
if (!title) throw new Error('usage: publish-from-script.ts "<title>"')
const payload = await getPayload({ config })
const article = await payload.create({ collection: 'articles', data: { title, _status: 'published' } })
await flushRevalidations(payload)
console.log(article.slug)
await payload.destroy()
process.exit(0)

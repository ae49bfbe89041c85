/* Payload's GraphQL API: generated boilerplate, with refused queries answered 400 (lib/server/graphql-status.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withRequestErrorStatus } from '@/lib/server/graphql-status'

export const POST = withRequestErrorStatus(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)

// Queries come by POST only; without this a GET got Next's bare 405 with an empty body.
export function GET(): Response {
  return Response.json(
    { errors: [{ message: 'Send GraphQL queries with POST.' }] },
    { status: 405, headers: { Allow: 'POST, OPTIONS' } },
  )
}

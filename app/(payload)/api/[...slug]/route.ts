/* Payload's REST API: generated boilerplate, with queries and bodies checked before Payload sees them. */
import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { requireJsonObjectBody } from '@/lib/server/json-body-guard'
import { guardRestQuery } from '@/lib/server/rest-query-guard'
import { isSignedIn } from '@/lib/server/signed-in'

export const GET = guardRestQuery(REST_GET(config), isSignedIn)
export const POST = guardRestQuery(requireJsonObjectBody(REST_POST(config)), isSignedIn)
export const DELETE = guardRestQuery(REST_DELETE(config), isSignedIn)
export const PATCH = guardRestQuery(requireJsonObjectBody(REST_PATCH(config)), isSignedIn)
export const PUT = guardRestQuery(requireJsonObjectBody(REST_PUT(config)), isSignedIn)
export const OPTIONS = REST_OPTIONS(config)

/* Payload's REST API: generated boilerplate, with bodies checked before Payload sees them. */
import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { requireJsonObjectBody } from '@/lib/server/json-body-guard'

export const GET = REST_GET(config)
export const POST = requireJsonObjectBody(REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = requireJsonObjectBody(REST_PATCH(config))
export const PUT = requireJsonObjectBody(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)

type Handler = (request: Request) => Promise<Response>

/**
 * Answers a GraphQL request that failed before it ran (a syntax error, a query refused by the
 * depth or complexity limits) with 400 whatever the client accepts. graphql-http, under
 * Payload, answers it 200 to clients that accept plain `application/json`, as the older
 * convention did; only `application/graphql-response+json` gets the 400. Such a failure has
 * `errors` and no `data` (GraphQL over HTTP), so executed queries keep their status.
 */
export function withRequestErrorStatus(handler: Handler): Handler {
  return async (request) => {
    const response = await handler(request)
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) return response
    const text = await response.text()
    let refused = false
    try {
      const body = JSON.parse(text) as { errors?: unknown; data?: unknown }
      refused = Array.isArray(body.errors) && !('data' in body)
    } catch {
      // Not JSON after all: pass it on as it came.
    }
    return new Response(text, { status: refused ? 400 : 200, headers: response.headers })
  }
}

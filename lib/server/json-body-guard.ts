type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response> | Response

function badRequest(message: string): Response {
  // Payload's own error shape, so API clients handle one format.
  return Response.json({ errors: [{ message }] }, { status: 400 })
}

/**
 * Payload parses a JSON body and uses whatever it gets as the document: a body that is valid
 * JSON but not an object (`"text"`, `[]`, `null`, `42`) reaches field hooks as a string and
 * ends in a 500. Refuse it first with a 400 that says what is expected.
 */
export function requireJsonObjectBody<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const contentType = request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase()
    if (contentType === 'application/json') {
      const text = await request.clone().text()
      if (text.trim() !== '') {
        let parsed: unknown
        try {
          parsed = JSON.parse(text)
        } catch {
          return badRequest('The request body is not valid JSON.')
        }
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
          return badRequest('The request body must be a JSON object, e.g. {"title": "…"}.')
        }
      }
    }
    return handler(request, context)
  }
}

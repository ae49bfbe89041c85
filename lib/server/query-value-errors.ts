import type { AfterErrorHook } from 'payload'

/**
 * PostgreSQL's error codes for a value that does not fit its column or operator: class 22
 * (data exception: "abc" as an integer, 1e400 as a number, a malformed date) and 42883 (no
 * such operator, e.g. `near` on a text field). Payload hands REST `where` values to the
 * database as given, so these come from what a client typed, never from our own code.
 */
const BAD_VALUE_CODE = /^(?:22[0-9A-Z]{3}|42883)$/

/** The database error under Payload's and Drizzle's wrappers, if any. */
function databaseCode(error: unknown): string | null {
  let current: unknown = error
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const code: unknown = (current as { code?: unknown }).code
    if (typeof code === 'string' && BAD_VALUE_CODE.test(code)) return code
    current = (current as { cause?: unknown }).cause
  }
  return null
}

/**
 * Global afterError: a query whose value the database cannot compare (`where[id][in]=1,abc`,
 * `where[authors][equals]=abc`) is the client's mistake, so it gets 400 and a sentence instead
 * of Payload's 500 "An unknown error occurred."
 */
export const refuseValuesThatDoNotFit: AfterErrorHook = ({ error }) => {
  if (!databaseCode(error)) return
  return {
    status: 400,
    response: { errors: [{ message: 'A value in this request does not fit the field it is compared with or stored in (for example, a word where a number, id or date belongs).' }] },
  }
}

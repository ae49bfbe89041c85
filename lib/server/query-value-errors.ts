import type { AfterErrorHook } from 'payload'

/**
 * PostgreSQL's error codes for a value that does not fit its column or operator: class 22
 * (data exception: "abc" as an integer, 1e400 as a number, a malformed date), 42883 (no such
 * operator) and 23503 (a reference to a row that does not exist). Payload hands REST `where`
 * values and relationship ids to the database as given, so these come from what a client
 * sent, never from our own code.
 */
const BAD_VALUE_CODE = /^(?:22[0-9A-Z]{3}|42883|23503)$/
/** foreign_key_violation: a relationship or upload field names an id that does not exist. */
const MISSING_REFERENCE = '23503'

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
 * `where[authors][equals]=abc`), or a save naming a topic or image that does not exist, is the
 * client's mistake, so it gets 400 and a sentence instead of Payload's 500.
 */
export const refuseValuesThatDoNotFit: AfterErrorHook = ({ error }) => {
  const code = databaseCode(error)
  if (!code) return
  const message =
    code === MISSING_REFERENCE
      ? 'This refers to a document that does not exist (an id in a relationship or upload field): choose an existing one.'
      : 'A value in this request does not fit the field it is compared with or stored in (for example, a word where a number, id or date belongs).'
  return { status: 400, response: { errors: [{ message }] } }
}

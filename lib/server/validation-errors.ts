import type { AfterErrorHook } from 'payload'

type FieldErrors = Record<string, unknown> & {
  errors: { path: string; message: string; label?: string }[]
}

function hasFieldErrors(data: unknown): data is FieldErrors {
  return typeof data === 'object' && data !== null && Array.isArray((data as FieldErrors).errors)
}

/**
 * Keeps the per-field messages on REST validation errors in production builds. Payload's
 * error formatter recognises a ValidationError by its class, which the production bundle
 * does not preserve (class names are minified, copies may differ), so API clients got only
 * "The following field is invalid: Slug" without what is wrong with it. Recognised here by
 * shape: a 400 carrying per-field errors.
 */
export const keepFieldErrorDetails: AfterErrorHook = ({ error }) => {
  const data: unknown = 'data' in error ? error.data : undefined
  const status: unknown = 'status' in error ? error.status : undefined
  if (status !== 400 || !hasFieldErrors(data)) return
  return {
    status: 400,
    response: { errors: [{ name: 'ValidationError', message: error.message, data }] },
  }
}

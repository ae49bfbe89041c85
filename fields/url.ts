import type { TextField } from 'payload'

import { validateHttpUrl } from '../lib/links'

/** A text field that only takes an absolute http(s) address. */
export function httpUrlField(name: string, overrides: Partial<Omit<TextField, 'type' | 'name'>> = {}): TextField {
  const required = overrides.required === true
  return {
    name,
    type: 'text',
    maxLength: 2000,
    ...overrides,
    validate: (value: unknown) => validateHttpUrl(value, { required }),
    admin: { placeholder: 'https://', ...overrides.admin },
  } as TextField
}

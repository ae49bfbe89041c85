/** A relationship value as an id, whether Payload returned the id or the populated document. */
export function idOf(value: unknown): number | null {
  if (typeof value === 'number') return value
  const id: unknown = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined
  return typeof id === 'number' ? id : null
}

/** A hasMany relationship's values as ids. */
export function idsOf(value: unknown): number[] {
  return Array.isArray(value) ? value.map(idOf).filter((id): id is number => id !== null) : []
}

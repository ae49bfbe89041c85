/** Longer queries are cut here: nobody types more, and websearch parsing stays cheap. */
export const MAX_QUERY_LENGTH = 200

/** Whitespace-normalised, length-capped query text; empty when there is nothing to search. */
export function normaliseQuery(raw: unknown): string {
  if (typeof raw !== 'string') return ''
  // Control characters would break the snippet markers and mean nothing in a search.
  return raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
}

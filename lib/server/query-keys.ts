/** Payload parses queries with qs (depth 10): `a[b][c]` is a.b.c. */
const QS_DEPTH = 10
const BRACKETED = /\[[^[\]]*\]/g

/**
 * The property path qs files a decoded query key under, so a check sees what Payload will:
 * `limit` and `[limit]` are both ['limit'], `limit[]` is ['limit', ''] (an array, which
 * Payload's Number() turns back into a number), `joins[articles][limit]` is
 * ['joins', 'articles', 'limit']. Text qs ignores after the last bracket is left out.
 */
export function queryKeyPath(key: string): string[] {
  const groups = [...key.matchAll(BRACKETED)]
  const first = groups[0]
  if (!first) return [key]
  const parent = key.slice(0, first.index)
  const children = groups.slice(0, QS_DEPTH).map((group) => group[0].slice(1, -1))
  const past = groups[QS_DEPTH]
  // Deeper than qs goes: the rest of the key becomes one last name.
  if (past) children.push(key.slice(past.index))
  return parent ? [parent, ...children] : children
}

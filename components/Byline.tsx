import type { Reference } from '@/lib/content/articles'

/** "By Anna Keller and Daniel Osei". Author pages arrive with the full reader site. */
export function Byline({ authors }: { authors: Reference[] }) {
  if (authors.length === 0) return null
  const names = authors.map((author) => author.name)
  const joined = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
  return <p className="byline">By {joined}</p>
}

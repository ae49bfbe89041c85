import Link from 'next/link'

import type { Reference } from '@/lib/content'

export function PeopleList({ people }: { people: Reference[] }) {
  if (people.length === 0) return null
  return (
    <aside className="people" aria-label="People in this story">
      <h2>People in this story</h2>
      <ul>
        {people.map((person) => (
          <li key={person.id}>
            <Link href={`/people/${person.slug}`}>{person.name}</Link>
          </li>
        ))}
      </ul>
    </aside>
  )
}

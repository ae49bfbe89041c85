import Link from 'next/link'

import type { Reference } from '@/lib/content'

export function TopicList({ topics }: { topics: Reference[] }) {
  if (topics.length === 0) return null
  return (
    <ul className="topics" aria-label="Topics">
      {topics.map((topic) => (
        <li key={topic.id}>
          <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>
        </li>
      ))}
    </ul>
  )
}

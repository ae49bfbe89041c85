import Link from 'next/link'
import { Fragment } from 'react'

import type { Reference } from '@/lib/content'

/** "By Anna Keller and Daniel Osei", each linking to the author's page. */
export function Byline({ authors }: { authors: Reference[] }) {
  if (authors.length === 0) return null
  return (
    <p className="byline">
      By{' '}
      {authors.map((author, index) => (
        <Fragment key={author.id}>
          {index > 0 ? (index === authors.length - 1 ? ' and ' : ', ') : null}
          <Link href={`/authors/${author.slug}`} rel="author">
            {author.name}
          </Link>
        </Fragment>
      ))}
    </p>
  )
}

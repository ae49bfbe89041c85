import Link from 'next/link'

import { pagePath } from '@/lib/paging'

export function Pagination({ base, page, totalPages }: { base: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link rel="prev" href={pagePath(base, page - 1)}>
          Newer
        </Link>
      ) : null}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link rel="next" href={pagePath(base, page + 1)}>
          Older
        </Link>
      ) : null}
    </nav>
  )
}

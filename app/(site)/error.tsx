'use client'

import Link from 'next/link'
import { useEffect, useState } from 'react'

/**
 * What a reader sees when a page cannot be made: while the database is down (the server then
 * answers 503 with Retry-After, lib/server/request-edge.mjs) or after any other failure. It
 * asks /api/health which of the two it is, so it can say so plainly. Next shows no details of
 * the error in production.
 */
export default function ReaderError() {
  const [databaseDown, setDatabaseDown] = useState(false)
  useEffect(() => {
    fetch('/api/health', { cache: 'no-store' }).then(
      (response) => setDatabaseDown(response.status === 503),
      () => setDatabaseDown(true),
    )
  }, [])
  return (
    <section role="alert">
      <h1>This page is not available right now</h1>
      <p>
        {databaseDown
          ? 'Our newsroom database is not answering. Stories you have opened recently still load; this one will be back shortly.'
          : 'Something went wrong on our side while making this page.'}{' '}
        Please try again in a minute, or <Link href="/">read the latest</Link>.
      </p>
    </section>
  )
}

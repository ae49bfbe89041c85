'use client'

import { DatabaseStatusNotice } from '@/components/admin/DatabaseStatusProvider'

/**
 * What shows when a root layout itself fails: the admin's, while the database is down (Payload
 * cannot start a request without it), or the site's. It names the database when /api/health
 * says that is the cause. Next shows no details of the error in production.
 */
export default function GlobalError({ reset }: { reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ margin: 0, fontFamily: 'system-ui, sans-serif' }}>
        <DatabaseStatusNotice />
        <main style={{ maxWidth: '40rem', margin: '2rem auto', padding: '0 1rem' }}>
          <h1>Summit Wire is not available right now</h1>
          <p>Something went wrong on our side. Please try again in a minute.</p>
          <button type="button" onClick={() => reset()}>
            Try again
          </button>
        </main>
      </body>
    </html>
  )
}

'use client'

import type React from 'react'
import { useEffect, useState } from 'react'

const CHECK_EVERY_MS = 10_000

/** Whether /api/health says the database cannot be reached, checked now and every ten seconds. */
function useDatabaseUnreachable(): boolean {
  const [unreachable, setUnreachable] = useState(false)
  useEffect(() => {
    let active = true
    const check = () =>
      fetch('/api/health', { cache: 'no-store' }).then(
        async (response) => {
          const body = (await response.json().catch(() => null)) as { reason?: string } | null
          if (active) setUnreachable(response.status === 503 && body?.reason === 'database unreachable')
        },
        () => active && setUnreachable(true),
      )
    void check()
    const timer = setInterval(check, CHECK_EVERY_MS)
    return () => {
      active = false
      clearInterval(timer)
    }
  }, [])
  return unreachable
}

/** The plain-words notice, shown only while the database is unreachable. */
export function DatabaseStatusNotice() {
  if (!useDatabaseUnreachable()) return null
  return (
    <div
      role="alert"
      className="database-unreachable"
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 1000,
        padding: '0.75rem 1rem',
        background: '#8a1c1c',
        color: '#fff',
        fontFamily: 'system-ui, sans-serif',
      }}
    >
      <strong>The newsroom database is unreachable.</strong> You cannot sign in, load or save until it is back; what was
      saved before is safe, and readers still see the pages already published. This notice goes away by itself.
    </div>
  )
}

/**
 * Wraps every admin screen (Payload's `admin.components.providers`) with the notice. When the
 * admin cannot render at all, app/global-error.tsx shows the same notice.
 */
export function DatabaseStatusProvider({ children }: { children?: React.ReactNode }) {
  return (
    <>
      <DatabaseStatusNotice />
      {children}
    </>
  )
}

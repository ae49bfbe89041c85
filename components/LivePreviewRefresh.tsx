'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Re-renders the previewed page when the editor saves in the admin's live preview. Speaks
 * Payload's small live-preview protocol itself (a "ready" message to the admin window, then
 * "payload-document-event" after each save); the official React SDK trails Payload's version
 * on the registry and Payload refuses mismatched packages. Rendered in draft mode only.
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  useEffect(() => {
    const admin = window.opener ?? (window.parent !== window ? window.parent : null)
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data
      if (
        event.origin === origin &&
        data &&
        typeof data === 'object' &&
        (data as { type?: unknown }).type === 'payload-document-event'
      )
        router.refresh()
    }
    window.addEventListener('message', onMessage)
    admin?.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}

import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import { NotFoundMessage } from './NotFoundMessage'

function SignalNotFound(): never {
  notFound()
}

/**
 * A page's answer when what its address names does not exist: a 404 whose HTML carries the
 * site's layout and the not-found message.
 *
 * Calling `notFound()` in the page itself makes Next (16.4, production) send an empty error
 * document whose content exists only in the RSC payload, a blank page without JavaScript
 * (vercel/next.js#62228). Thrown inside a Suspense boundary instead, the error stays out of the
 * document's shell: Next still answers 404 (and caches the 404), and the boundary's fallback,
 * the same message, is real HTML.
 */
export function MissingPage() {
  return (
    <Suspense fallback={<NotFoundMessage />}>
      <SignalNotFound />
    </Suspense>
  )
}

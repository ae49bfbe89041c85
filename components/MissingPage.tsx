import { draftMode } from 'next/headers'
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
 * document's shell: Next's cached (prerender) render still answers 404, and caches it, and the
 * boundary's fallback, the same message, is real HTML.
 *
 * A preview (draft mode) renders dynamically, and that render takes no status from an error
 * inside a boundary; there the plain `notFound()` gives the 404, and the editor's browser,
 * which keeps Next's runtime in previews, renders the message.
 */
export async function MissingPage() {
  if ((await draftMode()).isEnabled) notFound()
  return (
    <Suspense fallback={<NotFoundMessage />}>
      <SignalNotFound />
    </Suspense>
  )
}

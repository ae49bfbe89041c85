import type { Metadata } from 'next'

/** The head of a 404 page (Next adds `noindex` itself for the status). */
export const NOT_FOUND_METADATA: Metadata = { title: 'Page not found' }

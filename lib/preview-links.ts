/** Collections an editor can preview on the real page layout. */
export const PREVIEWABLE = ['articles', 'events', 'statements'] as const
export type PreviewableCollection = (typeof PREVIEWABLE)[number]

/** The URL that switches on draft mode and lands on a document's page (app/api/preview). */
export function previewUrl(collection: PreviewableCollection, id: number | string): string {
  return `/api/preview?${new URLSearchParams({ collection, id: String(id) })}`
}

/** Where a previewable document's page lives. */
export function documentPath(
  collection: PreviewableCollection,
  doc: { id: number; slug?: string | null },
): string | null {
  if (collection === 'statements') return `/statements/${doc.id}`
  return doc.slug ? `/${collection}/${doc.slug}` : null
}

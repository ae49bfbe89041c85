import { LivePreviewRefresh } from './LivePreviewRefresh'

/** Shown only in draft mode: says so plainly, offers the way out, and follows admin saves. */
export function PreviewBanner({ path }: { path: string }) {
  return (
    <div className="preview-banner" role="status">
      <p>
        Preview: the latest version, draft included — not what readers see.{' '}
        <a href={`/api/preview/exit?${new URLSearchParams({ path })}`}>Leave preview</a>
      </p>
      <LivePreviewRefresh />
    </div>
  )
}

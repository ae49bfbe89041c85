import { formatDateTime } from '@/lib/format-date'

export function DateTime({ iso, prefix }: { iso: string; prefix?: string }) {
  return (
    <time dateTime={iso}>
      {prefix ? `${prefix} ` : null}
      {formatDateTime(iso)}
    </time>
  )
}

import escapeHtml from 'escape-html'

import type { PullQuoteBlock } from '../../payload-types'

export function pullQuoteHtml({ text, attribution }: PullQuoteBlock): string {
  return `<blockquote><p>${escapeHtml(text)}</p>${attribution ? `<p>— ${escapeHtml(attribution)}</p>` : ''}</blockquote>`
}

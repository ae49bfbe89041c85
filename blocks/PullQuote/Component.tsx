import type { PullQuoteBlock } from '../../payload-types'
import type { BlockProps } from '../unit'

export function PullQuote({ fields }: BlockProps<PullQuoteBlock>) {
  return (
    <aside className="pull-quote">
      <p>{fields.text}</p>
      {fields.attribution ? <p className="pull-quote-attribution">{fields.attribution}</p> : null}
    </aside>
  )
}

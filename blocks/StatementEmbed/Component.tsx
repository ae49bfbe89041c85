import { StatementQuote } from '../../components/StatementQuote'
import type { StatementEmbedBlock } from '../../payload-types'
import { idOf, type BlockProps } from '../unit'

/** A statement as a quote card; nothing when it is not published. */
export function StatementEmbed({ fields, embedded }: BlockProps<StatementEmbedBlock>) {
  const statement = embedded.statement(idOf(fields.statement))
  if (!statement) return null
  return (
    <aside className="quote-card">
      <StatementQuote statement={statement} speaker={statement.speakerRef} />
      <a href={`/statements/${statement.id}`} className="quote-card-link">
        About this statement
      </a>
    </aside>
  )
}

import type { ChartBlock, FigureBlock, PullQuoteBlock, StatementEmbedBlock } from '@/payload-types'
import { getIndicator, getImage } from '@/lib/content/embeds'
import { getStatement } from '@/lib/content/events'
import { idOf } from '@/lib/content/queries/references'

import { ResponsiveImage } from '../ResponsiveImage'
import { StatementQuote } from '../StatementQuote'
import { IndicatorChart } from './IndicatorChart'


/** A statement as a quote card; nothing when it is not published. */
export async function StatementEmbed({ block }: { block: StatementEmbedBlock }) {
  const id = idOf(block.statement)
  const statement = id ? await getStatement(id) : null
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

export function PullQuote({ block }: { block: PullQuoteBlock }) {
  return (
    <aside className="pull-quote">
      <p>{block.text}</p>
      {block.attribution ? <p className="pull-quote-attribution">{block.attribution}</p> : null}
    </aside>
  )
}

export async function Figure({ block }: { block: FigureBlock }) {
  const id = idOf(block.image)
  const image = id ? await getImage(id) : null
  if (!image) return null
  return <ResponsiveImage image={{ ...image, caption: block.caption || image.caption }} sizes="(min-width: 46rem) 44rem, 100vw" />
}

export async function Chart({ block }: { block: ChartBlock }) {
  const id = idOf(block.indicator)
  const indicator = id ? await getIndicator(id) : null
  if (!indicator) return null
  return <IndicatorChart indicator={indicator} title={block.title} />
}

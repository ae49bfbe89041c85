import type { ImageView, IndicatorView, StatementWithSpeaker } from '@/lib/content'
import type { ChartBlock, FigureBlock, PullQuoteBlock } from '@/payload-types'

import { ResponsiveImage } from '../ResponsiveImage'
import { StatementQuote } from '../StatementQuote'
import { IndicatorChart } from './IndicatorChart'


/** A statement as a quote card; nothing when it is not published. */
export function StatementEmbed({ statement }: { statement: StatementWithSpeaker | null }) {
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

export function Figure({ image, caption }: { image: ImageView | null; caption: FigureBlock['caption'] }) {
  if (!image) return null
  return <ResponsiveImage image={{ ...image, caption: caption || image.caption }} sizes="(min-width: 46rem) 44rem, 100vw" />
}

export function Chart({ indicator, title }: { indicator: IndicatorView | null; title: ChartBlock['title'] }) {
  if (!indicator) return null
  return <IndicatorChart indicator={indicator} title={title} />
}

import type { ChartBlock } from '../../payload-types'
import { idOf, type BlockProps } from '../unit'
import { IndicatorChart } from './IndicatorChart'

/** The indicator drawn; nothing when the indicator is gone. */
export function Chart({ fields, embedded }: BlockProps<ChartBlock>) {
  const indicator = embedded.indicator(idOf(fields.indicator))
  if (!indicator) return null
  return <IndicatorChart indicator={indicator} title={fields.title} />
}

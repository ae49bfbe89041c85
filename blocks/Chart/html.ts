import escapeHtml from 'escape-html'

import type { ChartBlock } from '../../payload-types'
import { idOf, type HtmlContext } from '../unit'
import { figures } from './figures'

/** A chart in a feed is its table: feed readers strip SVG and styles. */
export async function chartHtml(fields: ChartBlock, { resolve }: HtmlContext): Promise<string> {
  const id = idOf(fields.indicator)
  const indicator = id ? await resolve.indicator(id) : null
  if (!indicator) return ''
  const heading = escapeHtml(fields.title || indicator.name)
  const rows = indicator.points.map(
    (point) => `<tr><th scope="row">${escapeHtml(point.period)}</th><td>${figures.format(point.value)}</td></tr>`,
  )
  if (indicator.target?.value != null)
    rows.push(
      `<tr><th scope="row">${escapeHtml(indicator.target.label || 'Target')}</th><td>${figures.format(indicator.target.value)}</td></tr>`,
    )
  const source = indicator.source ? `. Source: ${escapeHtml(indicator.source)}` : ''
  const unit = escapeHtml(indicator.unit)
  const head = `<thead><tr><th scope="col">Period</th><th scope="col">${unit}</th></tr></thead>`
  return `<table><caption>${heading}, ${unit}${source}</caption>${head}<tbody>${rows.join('')}</tbody></table>`
}

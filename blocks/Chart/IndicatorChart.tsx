import type { IndicatorView } from '../unit'
import { figures } from './figures'

const WIDTH = 640
const HEIGHT = 320
const MARGIN = { top: 20, right: 16, bottom: 36, left: 48 }

/**
 * An indicator as a bar chart drawn on the server (SVG, no script), with the same figures in
 * a table beside it for screen readers, copy and paste, and anyone who prefers numbers.
 */
export function IndicatorChart({ indicator, title }: { indicator: IndicatorView; title?: string | null }) {
  const heading = title || indicator.name
  const target = indicator.target?.value ?? null
  const top = Math.max(target ?? 0, ...indicator.points.map((point) => point.value)) * 1.1 || 1
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const slot = plotWidth / Math.max(1, indicator.points.length)
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight
  const id = `chart-${indicator.id}`

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {heading} <span className="chart-unit">({indicator.unit})</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-table`}
        className="chart-svg"
      >
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} className="chart-axis" />
        {indicator.points.map((point, index) => {
          const x = MARGIN.left + index * slot + slot * 0.15
          const reached = target !== null && point.value >= target
          return (
            <g key={point.period}>
              <rect
                x={x}
                y={y(point.value)}
                width={slot * 0.7}
                height={y(0) - y(point.value)}
                className={reached ? 'chart-bar chart-bar-reached' : 'chart-bar'}
              />
              <text x={x + slot * 0.35} y={y(point.value) - 6} textAnchor="middle" className="chart-value">
                {figures.format(point.value)}
              </text>
              <text x={x + slot * 0.35} y={HEIGHT - MARGIN.bottom + 20} textAnchor="middle" className="chart-label">
                {point.period}
              </text>
            </g>
          )
        })}
        {target !== null ? (
          <g>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(target)} y2={y(target)} className="chart-target" />
            <text x={MARGIN.left + 4} y={y(target) - 6} className="chart-target-label">
              {indicator.target?.label || `Target: ${figures.format(target)}`}
            </text>
          </g>
        ) : null}
      </svg>
      <table id={`${id}-table`} className="chart-table">
        <caption>
          {heading}, {indicator.unit}
          {indicator.source ? `. Source: ${indicator.source}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">{indicator.unit}</th>
          </tr>
        </thead>
        <tbody>
          {indicator.points.map((point) => (
            <tr key={point.period}>
              <th scope="row">{point.period}</th>
              <td>{figures.format(point.value)}</td>
            </tr>
          ))}
          {target !== null ? (
            <tr>
              <th scope="row">{indicator.target?.label || 'Target'}</th>
              <td>{figures.format(target)}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </figure>
  )
}

import sharp from 'sharp'

import type { SeedIndicator } from './data/types'

/**
 * An illustrative hero image drawn from real figures: one bar per period and a line at the
 * target. No text in the picture (fonts are not guaranteed on every machine); the alt text
 * and caption say what it shows.
 */
export async function renderIndicatorChart(indicator: SeedIndicator, width = 1600, height = 900): Promise<Buffer> {
  const margin = 80
  const top = Math.max(indicator.target?.value ?? 0, ...indicator.points.map((point) => point.value)) * 1.1
  const slot = (width - 2 * margin) / indicator.points.length
  const y = (value: number) => height - margin - (value / top) * (height - 2 * margin)
  const bars = indicator.points
    .map((point, index) => {
      const x = margin + index * slot + slot * 0.15
      const fill = point.value >= (indicator.target?.value ?? Infinity) ? '#8a1c1c' : '#c98b7a'
      const barHeight = (height - margin - y(point.value)).toFixed(1)
      return `<rect x="${x.toFixed(1)}" y="${y(point.value).toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${barHeight}" fill="${fill}"/>`
    })
    .join('')
  const target = indicator.target
    ? `<line x1="${margin}" x2="${width - margin}" y1="${y(indicator.target.value)}" y2="${y(indicator.target.value)}" stroke="#1a1a1a" stroke-width="6" stroke-dasharray="24 14"/>`
    : ''
  const baseline = `<line x1="${margin}" x2="${width - margin}" y1="${height - margin}" y2="${height - margin}" stroke="#1a1a1a" stroke-width="4"/>`
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`,
    '<rect width="100%" height="100%" fill="#fffdf8"/>',
    `${bars}${target}${baseline}</svg>`,
  ].join('')
  return sharp(Buffer.from(svg)).png().toBuffer()
}

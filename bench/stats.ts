/** Small statistics the bench reports with: medians and spreads of repeated measurements. */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export interface Spread {
  median: number
  min: number
  max: number
  values: number[]
}

const tenth = (value: number) => Math.round(value * 10) / 10

/** Median, minimum and maximum, to a tenth. */
export function spread(values: readonly number[]): Spread {
  return {
    median: tenth(median(values)),
    min: tenth(Math.min(...values)),
    max: tenth(Math.max(...values)),
    values: [...values],
  }
}

/** `part` as a percentage of `whole`, one decimal. */
export const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0)

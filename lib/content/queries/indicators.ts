import type { Payload } from 'payload'

import type { Indicator } from '../../../payload-types'

export type IndicatorView = Pick<Indicator, 'id' | 'name' | 'unit' | 'source' | 'sourceUrl' | 'target'> & {
  points: { period: string; value: number; note?: string | null }[]
}

/** A data series a chart draws, as a reader may see it. */
export async function findIndicator(payload: Payload, id: number): Promise<IndicatorView | null> {
  const found = await payload.find({ collection: 'indicators', where: { id: { equals: id } }, limit: 1, pagination: false, depth: 0, overrideAccess: false })
  const doc = found.docs[0]
  if (!doc) return null
  return {
    id: doc.id,
    name: doc.name,
    unit: doc.unit,
    source: doc.source ?? null,
    sourceUrl: doc.sourceUrl ?? null,
    target: doc.target,
    points: doc.points.map((point) => ({ period: point.period, value: point.value, note: point.note ?? null })),
  }
}

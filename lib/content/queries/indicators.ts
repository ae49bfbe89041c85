import type { Payload } from 'payload'

import type { IndicatorView } from '../views'
import { AS_READER } from './read-as'

/** Data series by id, in one query whatever their number (a story's charts). */
export async function findIndicators(payload: Payload, ids: number[]): Promise<Map<number, IndicatorView>> {
  const wanted = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0)
  if (wanted.length === 0) return new Map()
  const found = await payload.find({
    collection: 'indicators',
    where: { id: { in: wanted } },
    limit: wanted.length,
    pagination: false,
    ...AS_READER,
  })
  return new Map(
    found.docs.map((doc) => [
      doc.id,
      {
        id: doc.id,
        name: doc.name,
        unit: doc.unit,
        source: doc.source ?? null,
        sourceUrl: doc.sourceUrl ?? null,
        target: doc.target,
        points: doc.points.map((point) => ({ period: point.period, value: point.value, note: point.note ?? null })),
      },
    ]),
  )
}

import { getPayload, type Payload } from 'payload'

import config from '../../payload.config'

let instance: Promise<Payload> | undefined

/** The worker's Payload, connected to the run's throwaway database. */
export function testPayload(): Promise<Payload> {
  instance ??= getPayload({ config })
  return instance
}

/** A unique suffix so tests sharing the database never collide on slugs or emails. */
export function unique(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`
}

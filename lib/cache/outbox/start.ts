import { databaseUrl, edgePurgeUrls, redisUrl } from '../../server/env'
import { onShutdown } from '../../server/shutdown-hooks.mjs'
import { busDestination, edgeDestinations, startDispatcher, type Destination } from './dispatcher'

/**
 * Starts this node's outbox dispatcher when expiries must leave it (REDIS_URL, EDGE_PURGE_URLS),
 * and flushes it when the node shuts down. Every node runs one; rows are shared out by the
 * database's row locks.
 */
export function startExpiryDelivery(): void {
  const url = databaseUrl()
  const redis = redisUrl()
  const bus = redis ? busDestination(redis) : null
  const destinations: Destination[] = [
    ...(bus ? [bus] : []),
    ...edgePurgeUrls().flatMap((edge) => edgeDestinations(edge, { after: bus?.name })),
  ]
  if (!url || destinations.length === 0) return
  const dispatcher = startDispatcher({ databaseUrl: url, destinations })
  onShutdown(async () => {
    await dispatcher.stop()
    await bus?.close()
  })
}

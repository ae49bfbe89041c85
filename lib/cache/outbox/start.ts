import { databaseUrl, edgePurgeUrls, readReplicaUrls, redisUrl, replicaWaitMs } from '../../server/env'
import { onShutdown } from '../../server/shutdown-hooks.mjs'
import { busDestination, edgeDestinations, replicaDestination, startDispatcher, type Destination } from './dispatcher'

/**
 * Starts this node's outbox dispatcher when expiries must leave it (REDIS_URL, EDGE_PURGE_URLS),
 * and flushes it when the node shuts down. Every node runs one; rows are shared out by the
 * database's row locks.
 */
export function startExpiryDelivery(): void {
  const url = databaseUrl()
  const redis = redisUrl()
  const edges = edgePurgeUrls()
  if (!url || (!redis && edges.length === 0)) return
  // Nobody is told of a change before the replicas they would re-render from have it.
  const replicaUrls = readReplicaUrls()
  const replicas =
    replicaUrls.length > 0 ? replicaDestination({ primaryUrl: url, replicaUrls, waitMs: replicaWaitMs() }) : null
  const bus = redis ? busDestination(redis, { after: replicas?.name }) : null
  const destinations: Destination[] = [
    ...(replicas ? [replicas] : []),
    ...(bus ? [bus] : []),
    ...edges.flatMap((edge) => edgeDestinations(edge, { after: bus?.name ?? replicas?.name })),
  ]
  const dispatcher = startDispatcher({ databaseUrl: url, destinations })
  onShutdown(async () => {
    await dispatcher.stop()
    await bus?.close()
    await replicas?.close()
  })
}

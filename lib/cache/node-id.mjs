// @ts-check
/**
 * This process, as the origin of a change: the same in every module instance of the process
 * (Next bundles the app apart from the cache handler), different on every node and restart.
 * Its own module so that what records a change (every script's Payload config) does not load
 * the Redis client.
 */
import { hostname } from 'node:os'

export const NODE_ID = `${hostname()}/${process.pid}/${Math.round(performance.timeOrigin)}`

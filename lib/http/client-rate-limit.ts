import { CLIENT_ADDRESS_HEADER } from './client-address.mjs'

export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * A fixed-window counter per client key, in this process's memory: the limits of a single node,
 * and of any node while Redis is unreachable (lib/server/client-limits.ts shares them otherwise).
 */
export class ClientRateLimit {
  private readonly windows = new Map<string, { count: number; resetAt: number }>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    /** Keys kept at most: past it, expired windows go, then the oldest, so memory stays bounded. */
    private readonly maxKeys = 10_000,
  ) {}

  /** Counts one attempt; returns the seconds to wait when the client is over its limit. */
  take(key: string, now = Date.now()): LimitVerdict {
    let window = this.windows.get(key)
    if (!window || window.resetAt <= now) {
      this.makeRoom(now)
      window = { count: 0, resetAt: now + this.windowMs }
      this.windows.set(key, window)
    }
    window.count += 1
    if (window.count <= this.limit) return { allowed: true }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) }
  }

  /** The seconds to wait when the client has used up its window, without counting an attempt. */
  blocked(key: string, now = Date.now()): number | null {
    const window = this.windows.get(key)
    if (!window || window.resetAt <= now || window.count < this.limit) return null
    return Math.max(1, Math.ceil((window.resetAt - now) / 1000))
  }

  private makeRoom(now: number): void {
    if (this.windows.size < this.maxKeys) return
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key)
    // Maps iterate in insertion order: the first keys are the oldest windows.
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.maxKeys) break
      this.windows.delete(key)
    }
  }
}

/**
 * The client's address, as the server edge worked it out from the socket and the trusted
 * proxies' X-Forwarded-For (lib/http/client-address.mjs). Without the edge (`next dev`), the
 * last X-Forwarded-For entry, as the nearest proxy recorded it.
 */
export function clientKey(headers: Headers): string {
  const named = headers.get(CLIENT_ADDRESS_HEADER)
  if (named) return named
  const forwarded = headers
    .get('x-forwarded-for')
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  return forwarded?.at(-1) ?? headers.get('x-real-ip') ?? 'unknown'
}

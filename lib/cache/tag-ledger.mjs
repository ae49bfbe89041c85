// @ts-check
/**
 * When each cache tag was last changed, and how long entries made before that change may still
 * be served: the one place the cache handler asks whether an entry is fresh, stale or expired.
 *
 * A change marks a tag at the time it happened. An entry that was *started* before the mark (a
 * render or a read that began earlier, whenever it finished) no longer shows the change:
 * - an exact change (`expireSeconds` 0) expires it at once: the next request renders anew;
 * - a bounded change lets it be served stale, re-rendered behind the reader, until
 *   `expireSeconds` after the change; past that it is expired like an exact one.
 *
 * Marks carry the time the change was made (`at`), so a change made on another node can be
 * recorded here as it was made there.
 */

/** @typedef {'fresh' | 'stale' | 'expired'} Verdict */
/**
 * One tag's changes: entries started at or before `expiredUpTo` are expired; those started at
 * or before `staleUpTo` may be served stale until `staleUntil`, then are expired too. Bounded
 * changes close together fold into one (the latest start, the earliest expiry), which can
 * only expire an entry sooner than it had to, never later.
 * @typedef {{ expiredUpTo: number, staleUpTo: number, staleUntil: number }} TagMarks
 */

export class TagLedger {
  /** @type {Map<string, TagMarks>} */
  #marks = new Map()
  /** Entries started at or before this are expired whatever their tags (expireAll). */
  #allExpiredUpTo = -Infinity

  /**
   * Records a change to `tags` made at `at` (ms since the epoch): exact when `expireSeconds`
   * is 0, bounded otherwise.
   * @param {readonly string[]} tags
   * @param {{ expireSeconds?: number, at?: number }} [options]
   */
  mark(tags, { expireSeconds = 0, at = Date.now() } = {}) {
    for (const tag of tags) {
      const marks = this.#marks.get(tag) ?? { expiredUpTo: -Infinity, staleUpTo: -Infinity, staleUntil: -Infinity }
      if (expireSeconds <= 0) {
        marks.expiredUpTo = Math.max(marks.expiredUpTo, at)
      } else {
        const until = at + expireSeconds * 1000
        const pending = marks.staleUntil > at
        marks.expiredUpTo = pending ? marks.expiredUpTo : Math.max(marks.expiredUpTo, marks.staleUpTo)
        marks.staleUntil = pending ? Math.min(marks.staleUntil, until) : until
        marks.staleUpTo = Math.max(marks.staleUpTo, at)
      }
      this.#marks.set(tag, marks)
    }
  }

  /**
   * What an entry started at `startedAt` and shown under `tags` is worth at `now`. Started in
   * the same millisecond as a change counts as before it.
   * @param {Iterable<string>} tags
   * @param {number} startedAt
   * @param {number} [now]
   * @returns {Verdict}
   */
  verdict(tags, startedAt, now = Date.now()) {
    if (startedAt <= this.#allExpiredUpTo) return 'expired'
    /** @type {Verdict} */
    let verdict = 'fresh'
    for (const tag of tags) {
      const marks = this.#marks.get(tag)
      if (!marks) continue
      if (startedAt <= marks.expiredUpTo) return 'expired'
      if (startedAt <= marks.staleUpTo) {
        if (now >= marks.staleUntil) return 'expired'
        verdict = 'stale'
      }
    }
    return verdict
  }

  /**
   * Expires every entry started at or before `at`: for a node that cannot know which of its
   * entries a change it missed affected.
   * @param {number} [at]
   */
  expireAll(at = Date.now()) {
    this.#allExpiredUpTo = Math.max(this.#allExpiredUpTo, at)
  }

  /** How many tags have marks (for tests and diagnostics). */
  get size() {
    return this.#marks.size
  }
}

import slugifyText from '@sindresorhus/slugify'

/** Longest slug we accept: long enough for any headline, short enough for a tidy URL. */
export const MAX_SLUG_LENGTH = 120

/** Lowercase ASCII words joined by single hyphens: safe in a URL path and a cache tag. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Whether a URL segment can be a stored slug: anything else names nothing and is not looked up. */
export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value)
}

/** Turns any title, in any script, into a URL slug ("Путин и Си" → "putin-i-si"). */
export function slugify(text: string): string {
  const slug = slugifyText(text, { decamelize: false })
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  // Cut at a word boundary so a long headline does not end in half a word.
  const cut = slug.slice(0, MAX_SLUG_LENGTH)
  const lastHyphen = cut.lastIndexOf('-')
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut
}

/** Returns an editor-facing message when a slug is unusable, else true (Payload's validate contract). */
export function validateSlug(value: unknown): string | true {
  if (value === null || value === undefined || value === '') {
    return 'Enter a slug, or a title it can be made from.'
  }
  if (typeof value !== 'string') return 'The slug must be text.'
  if (value.length > MAX_SLUG_LENGTH) return `The slug may be at most ${MAX_SLUG_LENGTH} characters long.`
  if (!SLUG_PATTERN.test(value)) {
    return 'Use only lowercase letters a–z, digits and single hyphens between words (e.g. "xi-putin-trade-record").'
  }
  return true
}

/**
 * The words the bench archive is written in, shared by the fill (bench/fill-archive.ts) and
 * the never-seen search mix (bench/query-mix.ts), so searches match the share of stories they
 * would on a real archive: function words at the head of a Zipf curve over a few thousand
 * made-up words, and each story's theme supplying its subject words.
 */

export type Random = () => number

/** A seeded generator (mulberry32): every run writes and asks the same archive. */
export function prng(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const FUNCTION_WORDS =
  'the of and to in a on for that with as by said from at was is were will would it its has have be after'.split(' ')
export const THEMES: readonly (readonly string[])[] = [
  'pipeline gas oil energy refinery barrels reserves liquefied supply contract'.split(' '),
  'trade turnover tariff export import customs surplus deficit goods shipments'.split(' '),
  'yuan rouble settlement currency payments bank swap reserve transfers clearing'.split(' '),
  'railway port corridor freight container logistics transit route shipping terminal'.split(' '),
  'sanctions security defence border military exercises treaty alliance missile council'.split(' '),
  'grain wheat harvest fertiliser agriculture crops food farmers drought prices'.split(' '),
  'summit delegation ministers declaration talks leaders visit forum communique agenda'.split(' '),
  'technology semiconductors satellite nuclear reactor digital software chips research space'.split(' '),
]
const SYLLABLES = 'ka lo mi ren sto vad pel tur gan fi so dem bri nal cor tes ul ar ven pro'.split(' ')
/** Ranked by frequency: the function words first, then 4,000 made-up words. */
export const GENERAL_WORDS: readonly string[] = [
  ...FUNCTION_WORDS,
  ...SYLLABLES.flatMap((first) =>
    SYLLABLES.flatMap((second) => SYLLABLES.slice(0, 10).map((third) => `${first}${second}${third}`)),
  ),
]
// Cumulative Zipf weights (s = 1) for drawing general words by rank.
const ZIPF: number[] = []
GENERAL_WORDS.forEach((_, rank) => ZIPF.push((ZIPF.at(-1) ?? 0) + 1 / (rank + 1)))

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!

/** The index of the first rank whose cumulative weight reaches `target` (binary search). */
function rankAt(target: number): number {
  let low = 0
  let high = ZIPF.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if (ZIPF[middle]! < target) low = middle + 1
    else high = middle
  }
  return low
}

/** A general word drawn with its Zipf weight, optionally from ranks `from` onwards only. */
export function zipfWord(random: Random, from = 0): string {
  const floor = from > 0 ? ZIPF[from - 1]! : 0
  return GENERAL_WORDS[rankAt(floor + random() * (ZIPF.at(-1)! - floor))]!
}

function word(random: Random, theme: readonly string[]): string {
  const roll = random()
  if (roll < 0.06) return pick(random, theme)
  if (roll < 0.075) return pick(random, pick(random, THEMES))
  return zipfWord(random)
}
export const words = (random: Random, count: number, theme: readonly string[] = pick(random, THEMES)) =>
  Array.from({ length: count }, () => word(random, theme)).join(' ')
export const sentence = (random: Random, count: number, theme?: readonly string[]) => {
  const text = words(random, count, theme)
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`
}

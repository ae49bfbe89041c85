import { FUNCTION_WORDS, GENERAL_WORDS, THEMES, pick, prng, zipfWord, type Random } from './vocabulary'

/**
 * Never-seen searches over a stated mix (issue 17, item 3): each query is 1–3 plain words
 * (letters and spaces, as a reader's would be), each word a theme word one time in five, else
 * a general word drawn with the
 * fill's Zipf weights (stop words left out: PostgreSQL drops them from a query). No query is
 * asked twice in one generator's life.
 */
export const THEME_WORD_SHARE = 0.2
/** How many of the highest-ranked general words count as common terms (each is in most stories). */
export const COMMON_GENERAL_RANKS = 100

/** The mix as results.json states it. */
export const QUERY_MIX_DESCRIPTION =
  `1–3 plain words a query (equally likely); each word a theme word (${THEME_WORD_SHARE * 100} %) or a general ` +
  `word drawn with the fill's Zipf weights, stop words left out; a common term is a theme word or one of the ` +
  `${COMMON_GENERAL_RANKS} highest-ranked general words; no query asked twice`

const themeWords = new Set(THEMES.flat())
const commonWords = new Set([
  ...themeWords,
  ...GENERAL_WORDS.slice(FUNCTION_WORDS.length, FUNCTION_WORDS.length + COMMON_GENERAL_RANKS),
])

/** Whether a query has a common term: a theme word or one of the top general words. */
export const hasCommonTerm = (query: string) => query.split(' ').some((word) => commonWords.has(word))

export interface QueryMix {
  /** A query not returned before. */
  next(): string
  /** `/search?q=…` for next(). */
  nextPath(): string
}

export const searchPath = (query: string) => `/search?q=${query.replace(/ /g, '+')}`

export function queryMix(seed = 17_017): QueryMix {
  const random: Random = prng(seed)
  const seen = new Set<string>()
  const draw = () =>
    random() < THEME_WORD_SHARE ? pick(random, pick(random, THEMES)) : zipfWord(random, FUNCTION_WORDS.length)
  const next = () => {
    for (;;) {
      const count = 1 + Math.floor(random() * 3)
      const query = [...new Set(Array.from({ length: count }, draw))].join(' ')
      if (!seen.has(query)) {
        seen.add(query)
        return query
      }
    }
  }
  return { next, nextPath: () => searchPath(next()) }
}

export interface SeedPerson {
  key: string
  name: string
  role: string
  country: string
  bio: string
}
export interface SeedTopic {
  key: string
  name: string
  description: string
}
export interface SeedAuthor {
  key: string
  name: string
  bio: string
}
export interface SeedEvent {
  key: string
  name: string
  kind: 'summit' | 'state-visit' | 'forum' | 'call'
  startDate: string /* YYYY-MM-DD */
  endDate?: string
  city: string
  country: string
  participants: string[] /* person keys */
  summary: string
  outcomes: string[]
}
export interface SeedStatement {
  key: string
  speaker: string /* person key */
  quote: string
  /** true when the words are a report's paraphrase, not a verbatim quote */
  paraphrase: boolean
  context?: string
  date: string /* YYYY-MM-DD */
  event?: string /* event key */
  topics: string[] /* topic keys */
  sourceOutlet?: string
  sourceUrl?: string
}
export interface SeedExternalLink {
  outlet: string
  title: string
  url: string
  publishedAt: string /* YYYY-MM-DD */
}
export interface SeedArticle {
  key: string
  title: string
  standfirst: string
  /** body paragraphs, plain text, each 40–120 words */
  paragraphs: string[]
  dateline: string /* e.g. 'MOSCOW' */
  publishedAt: string /* ISO 8601 with Z */
  authors: string[] /* author keys */
  topics: string[]
  people: string[]
  event?: string
  statements: string[]
  relatedArticles?: string[] /* article keys */
  externalCoverage?: SeedExternalLink[]
  corrections?: { date: string; text: string }[]
}
export interface SeedIndicator {
  key: string
  name: string
  unit: string
  source: string
  points: { period: string; value: number; note?: string }[]
  target?: { value: number; label: string }
}

// The types of the documents a story's body embeds; the story's read loads them (see articles.ts).
export type { IndicatorView } from './queries/indicators'
export type { ImageView } from './queries/media'

/** The publication's name and line: one spelling for pages, feeds, sitemaps and structured data. */
export const SITE_NAME = 'Summit Wire'
export const SITE_DESCRIPTION =
  'Summit Wire covers Eurasian diplomacy and economics: summits, what leaders said there, and the figures behind it.'
/** The language every surface declares (`<html lang>`, feeds, news sitemap). */
export const SITE_LANGUAGE = 'en'

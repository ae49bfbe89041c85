import { siteTimezone } from './server/env'

/** The newsroom's time zone: all times on the site are shown in it, rendered on the server. */
export function siteTimeZone(): string {
  return siteTimezone()
}

type Style = 'date' | 'dateTime'

const STYLES: Record<Style, Intl.DateTimeFormatOptions> = {
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  },
}

/**
 * One formatter per style and zone, made once. Making an Intl.DateTimeFormat costs tens of
 * microseconds (it loads locale and zone data); formatting with one costs about one: a list of
 * twenty stories spent 2.4 ms making formatters, the largest single cost of a search render.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(style: Style, timeZone: string): Intl.DateTimeFormat {
  const key = `${style} ${timeZone}`
  let made = formatters.get(key)
  if (!made) {
    made = new Intl.DateTimeFormat('en-GB', { ...STYLES[style], timeZone })
    formatters.set(key, made)
  }
  return made
}

/** "29 November 2026, 04:58 GMT+3" in the newsroom's zone. */
export function formatDateTime(iso: string, timeZone = siteTimeZone()): string {
  return formatter('dateTime', timeZone).format(new Date(iso))
}

/** "13 January 2025": a day, for dates that carry no time of day. */
export function formatDate(iso: string, timeZone = siteTimeZone()): string {
  return formatter('date', timeZone).format(new Date(iso))
}

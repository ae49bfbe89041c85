import { siteTimezone } from './server/env'

/** The newsroom's time zone: all times on the site are shown in it, rendered on the server. */
export function siteTimeZone(): string {
  return siteTimezone()
}

/** "29 November 2026, 04:58 GMT+3" in the newsroom's zone. */
export function formatDateTime(iso: string, timeZone = siteTimeZone()): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso))
}

/** "13 January 2025": a day, for dates that carry no time of day. */
export function formatDate(iso: string, timeZone = siteTimeZone()): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(
    new Date(iso),
  )
}

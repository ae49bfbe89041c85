/**
 * Sign-in limits. Each client may fail LOGIN_ATTEMPTS_PER_CLIENT times per window
 * (lib/server/failed-logins.ts, and nginx's own limit in deploy/nginx.conf); an account locks for ACCOUNT_LOCK_MS only after
 * ACCOUNT_MAX_ATTEMPTS failures in a row. The account limit sits well above the per-client one,
 * so one client can never lock an editor out, and a lock by many lasts five minutes.
 */
export const LOGIN_ATTEMPTS_PER_CLIENT = 10
export const LOGIN_WINDOW_MS = 5 * 60 * 1000
export const ACCOUNT_MAX_ATTEMPTS = 25
export const ACCOUNT_LOCK_MS = 5 * 60 * 1000

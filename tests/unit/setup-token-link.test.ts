import { NextRequest } from 'next/server'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { setupTokenFrom } from '../../lib/http/setup-token-cookie'
import { proxy } from '../../proxy'

const open = (url: string) => proxy(new NextRequest(url, { headers: { host: new URL(url).host } }))

describe('the setup-token link', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('moves the token out of the URL into HttpOnly cookies for the first-user screen and its endpoint only', () => {
    const response = open('http://127.0.0.1:3000/admin/create-first-user?token=abc_DEF-123')
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('http://127.0.0.1:3000/admin/create-first-user')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    const cookies = response.headers.getSetCookie()
    expect(cookies).toHaveLength(2)
    expect(cookies.map((cookie) => /Path=([^;]+)/.exec(cookie)?.[1]).sort()).toEqual([
      '/admin/create-first-user',
      '/api/users/first-register',
    ])
    for (const cookie of cookies) {
      expect(cookie).toMatch(/^summit-wire-setup-token=abc_DEF-123;/)
      expect(cookie).toMatch(/; HttpOnly/)
      expect(cookie).toMatch(/; SameSite=Lax/)
      expect(cookie).not.toMatch(/Secure/)
    }
  })

  it('marks the cookies Secure when the site is served over https, and leaves the screen without a token alone', () => {
    vi.stubEnv('SITE_URL', 'https://news.example')
    const cookies = open('http://127.0.0.1:3000/admin/create-first-user?token=abc').headers.getSetCookie()
    expect(cookies).toHaveLength(2)
    for (const cookie of cookies) expect(cookie).toMatch(/; Secure$/)
    expect(open('http://127.0.0.1:3000/admin/create-first-user').headers.get('x-middleware-next')).toBe('1')
    expect(open('http://127.0.0.1:3000/admin/create-first-user?token=').headers.get('set-cookie')).toBeNull()
  })

  it('is read back from the X-Setup-Token header or from the cookie', () => {
    expect(setupTokenFrom(new Headers({ 'x-setup-token': ' from-header ' }))).toBe('from-header')
    expect(
      setupTokenFrom(new Headers({ cookie: 'payload-token=x; summit-wire-setup-token=from-cookie; other=1' })),
    ).toBe('from-cookie')
    expect(setupTokenFrom(new Headers({ cookie: 'summit-wire-setup-token=%E0%A4%A' }))).toBeNull()
    expect(setupTokenFrom(new Headers())).toBeNull()
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'

/** The Users collection as the server builds it with SITE_URL set to `siteUrl`. */
async function usersWith(siteUrl: string) {
  vi.resetModules()
  vi.stubEnv('SITE_URL', siteUrl)
  const { Users } = await import('../../collections/Users')
  return Users.auth as { cookies?: { secure?: boolean; sameSite?: unknown } }
}

describe('the session cookie', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('is Secure when the site is served over https, and SameSite=Lax', async () => {
    expect((await usersWith('https://news.example')).cookies).toEqual({ secure: true, sameSite: 'Lax' })
  })

  it('is not Secure over plain http, where a Secure cookie would never come back', async () => {
    expect((await usersWith('http://localhost:3000')).cookies).toEqual({ secure: false, sameSite: 'Lax' })
  })
})

import { describe, expect, it } from 'vitest'

import { planSystemPackages, SYSTEM_PACKAGES, type SystemPackage } from '../../scripts/lib/system-packages'
import { decideSuite, skippedSuites, SUITES } from '../../scripts/lib/test-suites'

const missing = (apt: string, suite: SystemPackage['suite']): SystemPackage => ({ apt, suite, installed: () => false })

describe('the system packages npm test needs', () => {
  it('are one list, each for a named suite', () => {
    expect(SYSTEM_PACKAGES.map((entry) => entry.apt)).toEqual([
      'chromium',
      'nginx',
      'postgresql-15',
      'redis-server',
      'varnish',
      'varnish-modules',
      'hitch',
    ])
    for (const entry of SYSTEM_PACKAGES) expect(Object.keys(SUITES)).toContain(entry.suite)
  })

  it('need nothing done when none is missing', () => {
    expect(planSystemPackages([], { root: false, apt: false })).toEqual({ kind: 'ready' })
  })

  it('are installed with apt by root on Debian', () => {
    expect(
      planSystemPackages([missing('chromium', 'e2e'), missing('nginx', 'nginx')], { root: true, apt: true }),
    ).toEqual({ kind: 'install', packages: ['chromium', 'nginx'] })
  })

  it('otherwise stop with one line naming them and the suites to skip instead', () => {
    for (const machine of [
      { root: false, apt: true },
      { root: true, apt: false },
    ]) {
      const plan = planSystemPackages([missing('chromium', 'e2e'), missing('nginx', 'nginx')], machine)
      expect(plan.kind).toBe('refuse')
      const message = plan.kind === 'refuse' ? plan.message : ''
      expect(message.split('\n')).toHaveLength(1)
      expect(message).toContain('apt-get install -y chromium nginx')
      expect(message).toContain('SKIP_SUITES=e2e,nginx npm test')
    }
  })
})

describe('suites that need the machine', () => {
  it('run when their needs are met, fail when not, and skip only when SKIP_SUITES names them', () => {
    expect(decideSuite('nginx', true, new Set())).toBe('run')
    expect(decideSuite('nginx', false, new Set())).toBe('fail')
    expect(decideSuite('nginx', false, new Set(['nginx']))).toBe('skip')
    expect(decideSuite('nginx', false, new Set(['e2e']))).toBe('fail')
  })

  it('are named in SKIP_SUITES by commas or spaces, and a name that is no suite is an error', () => {
    expect(skippedSuites('e2e, nginx postgres-versions')).toEqual(new Set(['e2e', 'nginx', 'postgres-versions']))
    expect(skippedSuites('')).toEqual(new Set())
    expect(() => skippedSuites('e2e,ngnix')).toThrow('SKIP_SUITES names no such suite: ngnix.')
  })
})

import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'

import { afterAll, describe, expect, it } from 'vitest'

import { ensureSystemPackages, thisMachine, type SystemPackage } from '../../scripts/lib/system-packages'

const run = promisify(execFile)

/**
 * What `npm test` does first, for real, with a package no test needs (`sl`, 60 KB): root on
 * Debian installs it with apt; anyone else is told in one line what to install.
 */
describe('npm test’s first step on a machine that lacks a package', () => {
  const machine = thisMachine()
  const tiny: SystemPackage = { apt: 'sl', suite: 'e2e', installed: () => existsSync('/usr/games/sl') }
  const remove = () =>
    run('apt-get', ['remove', '-y', '-qq', 'sl'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  afterAll(async () => {
    if (machine.root && machine.apt) await remove()
  })

  if (machine.root && machine.apt) {
    it('installs it with apt when we are root on Debian', { timeout: 300_000 }, async () => {
      if (tiny.installed()) await remove()
      expect(tiny.installed()).toBe(false)
      expect(await ensureSystemPackages([tiny])).toEqual(['sl'])
      expect(tiny.installed()).toBe(true)
      // Installed already: nothing to do.
      expect(await ensureSystemPackages([tiny])).toEqual([])
    })
  } else {
    it('stops with one line naming it when it cannot install', async () => {
      await expect(ensureSystemPackages([tiny])).rejects.toThrow(
        /^The tests need system packages that are missing: sl\. .*SKIP_SUITES=e2e npm test$/,
      )
    })
  }
})

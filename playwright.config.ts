import { existsSync } from 'node:fs'

import { defineConfig } from '@playwright/test'

import { CHROMIUM_PATHS } from './scripts/lib/system-packages'
import { numberEnv } from './lib/server/env'

/** Debian's Chromium (`npm test` installs it): Playwright's own browser download cannot work here. */
const systemChromium = CHROMIUM_PATHS.find((candidate) => existsSync(candidate))

const port = numberEnv('E2E_PORT', 3100, 1, 65535)

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // One production server and one database: tests run one after another.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  // Starts a throwaway embedded PostgreSQL and `npm start` against it; see the file.
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
})

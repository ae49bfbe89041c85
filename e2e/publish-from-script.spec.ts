import { expect, test } from '@playwright/test'

import { expectCached, unique } from './support/newsroom'
import { runScript } from './support/run-script'

test('a save made outside any request (a script on the Local API) still shows on the next request', async ({
  request,
  baseURL,
}) => {
  await expectCached(request, '/')
  const title = `Scripted wire copy ${unique('script')}`

  const stdout = await runScript('e2e/support/publish-from-script.ts', [title], {
    ...process.env,
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    PAYLOAD_SECRET: process.env.E2E_PAYLOAD_SECRET,
    INTERNAL_URL: baseURL,
  })
  const slug = stdout.trim().split('\n').pop()!

  expect(await (await request.get('/')).text()).toContain(title)
  expect((await request.get(`/articles/${slug}`)).status()).toBe(200)
})

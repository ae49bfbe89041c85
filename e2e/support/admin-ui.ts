import { expect, type Page } from '@playwright/test'

import type { Login } from './newsroom'

export async function signIn(page: Page, login: Login): Promise<void> {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(login.email)
  await page.locator('#field-password').fill(login.password)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

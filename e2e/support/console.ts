import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';

import { expect, expectFitsPhone, newPage, phone } from './fixtures';

export const admin = {
  email: process.env.ADMIN_EMAIL ?? 'admin@stratus.local',
  password: process.env.ADMIN_PASSWORD ?? 'Admin-Passw0rd',
};

/** Unique per run, so the flows can run again against the same data directory. */
export const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

/**
 * Where screenshots go: target/screenshots, so a test run rewrites no tracked file. The README's
 * committed ones under screenshots/ are refreshed on purpose only (`./stratus e2e --screenshots`
 * sets E2E_SCREENSHOTS_DIR to that folder).
 */
const screenshotDir = process.env.E2E_SCREENSHOTS_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'target', 'screenshots');
mkdirSync(screenshotDir, { recursive: true });

/**
 * Checks the page fits a phone, then saves it at desktop (1280 px) and phone (375 px) width, and
 * restores desktop.
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  await expectFitsPhone(page);
  for (const [suffix, size] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', phone],
  ] as const) {
    await page.setViewportSize(size);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.screenshot({ path: join(screenshotDir, `${name}-${suffix}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** No serious or critical axe violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking, `axe violations on ${page.url()}`).toEqual([]);
}

/** The newest code mailed to `address`, read from the console's local inbox page. */
export async function codeFromInbox(page: Page, address: string, notBefore?: string): Promise<string> {
  await page.goto(`/inbox?address=${encodeURIComponent(address)}`);
  const newest = page.getByTestId('mail-code').first();
  // The page re-reads the inbox every few seconds; wait for a fresh code.
  await expect(async () => {
    const text = await newest.textContent({ timeout: 2_000 });
    expect(text).toMatch(/^\d{6}$/);
    if (notBefore) expect(text).not.toBe(notBefore);
  }).toPass({ timeout: 30_000 });
  return (await newest.textContent()) ?? '';
}

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Products' })).toBeVisible();
}

export async function newSignedInPage(browser: Browser, email: string, password: string, options?: Parameters<typeof newPage>[1]): Promise<Page> {
  const page = await newPage(browser, options);
  await logIn(page, email, password);
  return page;
}

export type Person = { name: string; email: string; password: string };

/** A new account: signs up, confirms with the code from the local inbox and logs in; its own watched context. */
export async function signUp(browser: Browser, person: Person, options?: Parameters<typeof newPage>[1]): Promise<Page> {
  const page = await newPage(browser, options);
  await page.goto('/register');
  await page.getByLabel('Name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Confirm your email' })).toBeVisible();
  const inbox = await page.context().newPage();
  const code = await codeFromInbox(inbox, person.email);
  await inbox.close();
  await page.getByLabel('Confirmation code').fill(code);
  await page.getByRole('button', { name: 'Confirm account' }).click();
  await expect(page.getByText('Your account is confirmed')).toBeVisible();
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Products' })).toBeVisible();
  return page;
}

/** The link of the invitation to `projectName` mailed to `address`, read from the local inbox page (it needs no session). */
export async function invitationLink(browser: Browser, address: string, projectName: string): Promise<string> {
  const inbox = await newPage(browser);
  await inbox.goto(`/inbox?address=${encodeURIComponent(address)}`);
  const mail = inbox.getByRole('listitem').filter({ hasText: `Invitation to the project ${projectName}` }).first();
  await expect(mail).toBeVisible({ timeout: 30_000 });
  // The newest mail opens by itself; an older one is opened.
  const show = mail.getByRole('button', { name: 'Show message' });
  if (await show.isVisible()) await show.click();
  const link = /\/invitations\/[A-Za-z0-9_-]+/.exec((await mail.locator('pre').textContent()) ?? '')?.[0] ?? '';
  expect(link).not.toBe('');
  await inbox.context().close();
  return link;
}

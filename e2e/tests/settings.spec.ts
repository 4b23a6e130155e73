import type { Page } from '@playwright/test';

import { expectAccessible, newSignedInPage, runId, screenshots, signUp } from '../support/console';
import { allowConsoleError, expect, test } from '../support/fixtures';

/** A 1 × 1 PNG: the server checks a picture by its content, so it must be a real one. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/**
 * Settings of issue 18 against a running app in local mode: a new user changes their display name
 * and time zone (times across the console follow it), a notification preference, uploads and removes
 * a profile picture, and signs out a session of a second browser, which is then signed out by itself.
 */
test.describe.serial('Settings', () => {
  const person = { name: 'Sam Settings', email: `set-${runId}@example.com`, password: 'Settings-Passw0rd' };
  let page: Page;

  function accountMenu() {
    return page.getByRole('banner').getByRole('button', { name: /Account/ });
  }

  async function openSettings() {
    await accountMenu().click();
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  }

  test.afterAll(async () => {
    await page?.context().close();
  });

  test('the display name and the time zone change, and times across the console follow the zone', async ({ browser }) => {
    // The browser's zone is UTC, so a zone nine hours ahead moves every time shown.
    page = await signUp(browser, person, { timezoneId: 'UTC', locale: 'en-GB' });
    await page.goto('/projects/new');
    await page.getByLabel('Name').fill(`Times ${runId}`);
    await page.getByRole('button', { name: 'Create project' }).click();
    await expect(page.getByRole('heading', { name: `Times ${runId}`, level: 1 })).toBeVisible();
    await page.goto('/projects');
    const updated = page.getByRole('row').filter({ hasText: `Times ${runId}` }).getByRole('cell').nth(1);
    await expect(updated).toBeVisible();
    const before = (await page.getByRole('row').filter({ hasText: `Times ${runId}` }).textContent()) ?? '';

    await openSettings();
    await expect(page.getByText('Times are shown in UTC.')).toBeVisible();
    await page.getByLabel('Display name').fill('Samantha Settings');
    await page.getByLabel('Search time zones').fill('tokyo');
    await page.getByLabel('Time zone', { exact: true }).selectOption('Asia/Tokyo');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText(/^Settings saved at/)).toBeVisible();
    await expect(page.getByText('Times are shown in Asia/Tokyo.')).toBeVisible();
    await expect(accountMenu()).toContainText('Samantha Settings');
    await expectAccessible(page);
    await screenshots(page, 'settings');

    await page.goto('/projects');
    await expect(page.getByRole('row').filter({ hasText: `Times ${runId}` })).not.toHaveText(before);
    // A reload keeps both: they are the user's settings, not the page's.
    await page.reload();
    await expect(page.getByRole('row').filter({ hasText: `Times ${runId}` })).not.toHaveText(before);
    await expect(accountMenu()).toContainText('Samantha Settings');
  });

  test('a notification preference is saved', async () => {
    await openSettings();
    const email = page.getByRole('checkbox', { name: 'Project deleted: by email' });
    const was = await email.isChecked();
    await email.setChecked(!was);
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect(page.getByText(/^Settings saved at/)).toBeVisible();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Project deleted: by email' })).toBeChecked({ checked: !was });
  });

  test('a profile picture is uploaded, shown and removed', async () => {
    await openSettings();
    await expect(page.getByText('No picture')).toBeVisible();
    await page.getByLabel('Upload a picture').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG });
    await expect(page.getByText('Picture uploaded.')).toBeVisible();
    const picture = page.getByRole('img', { name: 'Your profile picture' });
    await expect(picture).toBeVisible();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    // The account menu shows it too.
    await expect(accountMenu().locator('img')).toBeVisible();

    // A file that is no image is refused before any upload.
    await page.getByLabel('Upload a picture').setInputFiles({ name: 'evil.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"/>') });
    await expect(page.getByText('Choose a PNG, JPEG or WebP image.')).toBeVisible();

    await page.getByRole('button', { name: 'Remove picture' }).click();
    await expect(page.getByText('Picture removed.')).toBeVisible();
    await expect(page.getByText('No picture')).toBeVisible();
    await expect(accountMenu().locator('img')).toHaveCount(0);
  });

  test('two sessions are listed; signing out the other one signs that browser out within seconds', async ({ browser }) => {
    const other = await newSignedInPage(browser, person.email, person.password, { userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0' });
    // From another page, so the settings page reads the sessions afresh.
    await page.goto('/workspace');
    await openSettings();
    const sessions = page.getByRole('table', { name: 'Active sessions' });
    const thisDevice = sessions.getByRole('row').filter({ hasText: 'This device' });
    const firefox = sessions.getByRole('row').filter({ hasText: 'Firefox 133 on Linux' });
    await expect(thisDevice).toHaveCount(1);
    await expect(firefox).toHaveCount(1);
    await expect(firefox).not.toContainText('This device');

    // The other browser's next calls are refused once its session ends: that is the point.
    allowConsoleError(/status of 401/, 'the signed-out browser’s calls are refused until it notices it is signed out');
    await firefox.getByRole('button', { name: /Sign out the session of Firefox 133 on Linux/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Sign out' }).click();
    await expect(firefox).toHaveCount(0);
    await expect(thisDevice).toHaveCount(1);

    // No reload there: the bell's polling meets the refusal and the console signs the tab out.
    await expect(other.getByRole('heading', { name: 'Log in' })).toBeVisible({ timeout: 30_000 });
    await other.context().close();
  });
});

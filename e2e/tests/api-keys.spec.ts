import { admin, expectAccessible, newSignedInPage, runId, screenshots } from '../support/console';
import { expect, test } from '../support/fixtures';

test('an admin creates an API key, sees it once, and revokes it', async ({ browser, request }) => {
  const page = await newSignedInPage(browser, admin.email, admin.password, { permissions: ['clipboard-read', 'clipboard-write'] });
  const name = `E2E billing sync ${runId}`;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).click();
  await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible();
  await expectAccessible(page);

  // The form's own checks come first.
  await page.getByRole('checkbox', { name: /customers:read/ }).uncheck();
  await page.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByText('Enter a name')).toBeVisible();
  await expect(page.getByText('Choose at least one scope')).toBeVisible();

  await page.getByLabel('Name').fill(name);
  await page.getByRole('checkbox', { name: /customers:write/ }).check();
  await page.getByLabel('Requests per day').fill('500');
  await page.getByRole('button', { name: 'Create key' }).click();

  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('You will not see this key again', { exact: false })).toBeVisible();
  const key = (await dialog.getByLabel('API key').textContent())?.trim() ?? '';
  expect(key).toMatch(/^stx_[0-9A-Za-z]{8}_[0-9A-Za-z]{32,}$/);
  await dialog.getByRole('button', { name: 'Copy key' }).click();
  await expect(dialog.getByText('Copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'I have stored it' }).click();
  await expect(dialog).toBeHidden();

  // Listed by its prefix, never by the key itself.
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row.getByText(key.slice(0, 12), { exact: true })).toBeVisible();
  await expect(row.getByText('0 / 500 today')).toBeVisible();
  await expect(page.getByText(key)).toHaveCount(0);
  await screenshots(page, 'admin-api-keys');

  // The key is known: a route not opened to keys refuses it with 403, not 401.
  expect((await request.get('/api/auth/me', { headers: { 'X-Api-Key': key } })).status()).toBe(403);

  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: `Revoke ${name}?` });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Revoke key' }).click();
  await expect(row.getByText('Revoked', { exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: `Revoke ${name}` })).toBeDisabled();
  await expect
    .poll(async () => (await request.get('/api/auth/me', { headers: { 'X-Api-Key': key } })).status(), { timeout: 10_000 })
    .toBe(401);
  await page.context().close();
});

import { readFile } from 'node:fs/promises';

import type { APIRequestContext, Page } from '@playwright/test';

import { admin, expectAccessible, newSignedInPage, runId, screenshots } from '../support/console';
import { expect, expectFitsPhone, test } from '../support/fixtures';

/**
 * The fleet console of issue 16 against a running app in local mode (the simulated fleet): an admin
 * finds an instance with the filters and search, opens it and reads its chart, reboots it with a
 * reason and its name typed again and watches the status checks go initializing and back to ok,
 * then finds the accepted action with its reason in the audit log and in its CSV. A user sees the
 * fleet but no action buttons and no audit log. Every page fits a phone.
 *
 * `worker-eu-1` is this spec's own instance (no other spec touches the fleet); it is only rebooted,
 * so it is running again when the spec ends.
 */
const target = 'worker-eu-1';

/** A confirmed account of role `user`, made through the API and the local inbox. */
async function newUser(request: APIRequestContext, email: string, password: string): Promise<void> {
  const registered = await request.post('/api/auth/register', { data: { email, password, name: 'Fleet Viewer' } });
  expect(registered.status()).toBe(201);
  let code = '';
  await expect(async () => {
    const inbox = await request.get(`/api/local/inbox?address=${encodeURIComponent(email)}`);
    const body = (await inbox.json()) as { data: { items: { body: string }[] } };
    code = /\b(\d{6})\b/.exec(body.data.items[0]?.body ?? '')?.[1] ?? '';
    expect(code).not.toBe('');
  }).toPass({ timeout: 30_000 });
  expect((await request.post('/api/auth/confirm', { data: { email, code } })).status()).toBe(200);
}

test.describe.serial('Fleet console', () => {
  const reason = `E2E reboot ${runId}: kernel patch`;
  let page: Page;
  let instanceId = '';

  test.beforeAll(async ({ browser }) => {
    page = await newSignedInPage(browser, admin.email, admin.password);
  });

  test.afterAll(async () => {
    await page.context().close();
  });

  test('an admin finds an instance by region, state and search', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('list', { name: 'Fleet' }).getByRole('link', { name: 'Instances' }).click();
    await expect(page.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();
    await expect(page.getByText('Simulated fleet')).toBeVisible();
    await expect(page.getByText('Auto-refresh on (every 10 s)')).toBeVisible();
    await expect(page.getByRole('row')).toHaveCount(13);

    // A click, not check(): the radio is checked once the address has changed, a moment later.
    await page.getByRole('radio', { name: 'eu-west-1' }).click();
    await expect(page.getByRole('radio', { name: 'eu-west-1' })).toBeChecked();
    await page.getByLabel('State').selectOption('running');
    await expect(page).toHaveURL(/region=eu-west-1/);
    await expect(page).toHaveURL(/state=running/);
    await expect(page.getByRole('row').filter({ hasText: 'us-east-1' })).toHaveCount(0);
    await page.getByLabel('Search').fill('worker-eu');
    await expect(page).toHaveURL(/search=worker-eu/);
    const rows = page.getByRole('row').filter({ hasText: target });
    await expect(rows).toHaveCount(1);
    await expect(page.getByRole('row')).toHaveCount(2);
    await expect(rows).toContainText('Running');
    await expectAccessible(page);
    await screenshots(page, 'fleet-instances');

    // The switch pauses and resumes auto-refresh, and says so.
    await page.getByRole('button', { name: 'Pause auto-refresh' }).click();
    await expect(page.getByText('Auto-refresh paused', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Resume auto-refresh' }).click();
    await expect(page.getByText('Auto-refresh on (every 10 s)')).toBeVisible();
  });

  test('the instance page shows its details and a live chart', async () => {
    await page.getByRole('link', { name: target }).click();
    await expect(page.getByRole('heading', { name: target, level: 1 })).toBeVisible();
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details).toContainText('eu-west-1');
    instanceId = ((await details.locator('dd').nth(2).textContent()) ?? '').trim();
    expect(instanceId).toMatch(/^i-0[0-9a-f]{16}$/);
    await expect(page.getByRole('region', { name: 'Tags' })).toContainText('data');

    const metrics = page.getByRole('region', { name: 'Metrics' });
    await expect(metrics.locator('.recharts-line-curve')).toBeVisible();
    await expect(metrics.locator('figcaption')).toHaveText(/^CPU utilization \(Average\), last hour: \d+ points; latest .+ %/);
    await metrics.getByRole('radio', { name: '6h' }).click();
    await metrics.getByRole('radio', { name: 'Maximum' }).click();
    await expect(metrics.locator('figcaption')).toHaveText(/^CPU utilization \(Maximum\), last 6 hours: \d+ points/);
    await metrics.getByLabel('Metric').selectOption('NetworkIn');
    await expect(metrics.locator('figcaption')).toHaveText(/^Network in \(Maximum\), last 6 hours: \d+ points; latest .+B/);
    await expect(page).toHaveURL(/metric=NetworkIn/);
    await expectAccessible(page);
    await screenshots(page, 'fleet-instance');
  });

  test('the admin reboots it with a reason and its name, and watches the checks come back', async () => {
    const checks = page.getByRole('region', { name: 'Details' }).locator('dd').nth(1);
    // A run just before this one may have left it rebooting: start from checks ok.
    await expect(checks).toContainText('OK', { timeout: 40_000 });
    await expect(page.getByRole('button', { name: 'Start' })).toBeDisabled();

    await page.getByRole('button', { name: 'Reboot' }).click();
    const dialog = page.getByRole('dialog', { name: `Reboot ${target}?` });
    await dialog.getByLabel('Reason').fill(reason);
    await dialog.getByLabel(`Type ${target} to confirm`).fill('worker-eu-2');
    await dialog.getByRole('button', { name: 'Reboot instance' }).click();
    await expect(dialog.getByText(`Type ${target} exactly to confirm`)).toBeVisible();
    await expectAccessible(page);
    await dialog.getByLabel(`Type ${target} to confirm`).fill(target);
    await dialog.getByRole('button', { name: 'Reboot instance' }).click();
    await expect(dialog).toHaveCount(0);

    const progress = page.getByRole('region', { name: 'Actions' }).getByRole('status');
    await expect(progress).toHaveText('Rebooting… status checks initializing', { timeout: 15_000 });
    await expect(checks).toContainText('Initializing');
    await expect(page.getByRole('button', { name: 'Stop' })).toBeDisabled();
    await expect(progress).toHaveText('Running, checks ok', { timeout: 60_000 });
    await expect(checks).toContainText('OK');
    await expect(page.getByRole('button', { name: 'Reboot' })).toBeEnabled();
  });

  test('the audit log and its CSV show the accepted reboot with its reason', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { name: 'Fleet audit log', level: 1 })).toBeVisible();
    await page.getByLabel('Instance id').fill(instanceId);
    await page.getByLabel('Action').selectOption('reboot');
    await expect(page).toHaveURL(new RegExp(`instanceId=${instanceId}`));
    const row = page.getByRole('row').filter({ hasText: reason });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Accepted');
    await expect(row).toContainText('Reboot');
    await expect(row).toContainText(admin.email);
    await expectAccessible(page);
    await screenshots(page, 'fleet-audit');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('fleet-audit.csv');
    const csv = await readFile(await file.path(), 'utf8');
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    expect(header).toBe('id,timestamp,userId,userEmail,action,instanceId,reason,result,error,requestId,sourceIp');
    const line = lines.find((l) => l.includes(reason));
    expect(line).toBeDefined();
    expect(line).toContain(`,reboot,${instanceId},`);
    expect(line).toContain(',ACCEPTED,');
    // The CSV has the page's filters: only reboots of this instance.
    for (const other of lines) expect(other).toContain(`,reboot,${instanceId},`);
  });

  test('a user sees the fleet but no action buttons and no audit log', async ({ browser, request }) => {
    const user = { email: `fleet-${runId}@example.com`, password: 'Viewer-Passw0rd' };
    await newUser(request, user.email, user.password);
    const viewer = await newSignedInPage(browser, user.email, user.password);
    const fleetNav = viewer.getByRole('navigation', { name: 'Main' }).getByRole('list', { name: 'Fleet' });
    await expect(fleetNav.getByRole('link')).toHaveText(['Instances']);

    await fleetNav.getByRole('link', { name: 'Instances' }).click();
    await viewer.getByLabel('Search').fill(target);
    await viewer.getByRole('link', { name: target }).click();
    await expect(viewer.getByRole('heading', { name: target, level: 1 })).toBeVisible();
    await expect(viewer.getByRole('region', { name: 'Metrics' }).locator('figcaption')).toBeVisible();
    for (const name of ['Reboot', 'Stop', 'Start']) await expect(viewer.getByRole('button', { name })).toHaveCount(0);
    await expect(viewer.getByRole('link', { name: 'Audit log of this instance' })).toHaveCount(0);

    await viewer.goto('/fleet/audit');
    await expect(viewer.getByText('Your role cannot open this page')).toBeVisible();
    await viewer.context().close();
  });

  test('on a phone every fleet page fits, and the action dialog too', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/fleet/instances');
    await expect(page.getByRole('row').filter({ hasText: target })).toHaveCount(1);
    await expectFitsPhone(page);
    await page.goto(`/fleet/instances/${instanceId}`);
    await expect(page.getByRole('heading', { name: target, level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Metrics' }).locator('.recharts-line-curve')).toBeVisible();
    await expectFitsPhone(page);
    await page.getByRole('button', { name: 'Reboot' }).click();
    const dialog = page.getByRole('dialog', { name: `Reboot ${target}?` });
    const box = await dialog.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    await expectFitsPhone(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    await page.goto(`/fleet/audit?instanceId=${instanceId}`);
    await expect(page.getByRole('row').filter({ hasText: reason })).toHaveCount(1);
    await expectFitsPhone(page);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});

import type { Page } from '@playwright/test';

import { admin, expectAccessible, newSignedInPage, runId, screenshots } from '../support/console';
import { expect, expectFitsPhone, test } from '../support/fixtures';

/**
 * The customers console of issue 15 against a running app in local mode: an admin registers a
 * customer and watches the workflow succeed on the execution page, registers the same id again
 * and sees the workflow reject it as a duplicate with its steps, finds the customer in the list,
 * and every page fits a phone.
 */
test.describe.serial('Customers console', () => {
  const customerId = `e2e-${runId}`;
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    page = await newSignedInPage(browser, admin.email, admin.password);
  });

  test.afterAll(async () => {
    await page.context().close();
  });

  /** Fills and sends the add form, and waits for the execution it started to stop. */
  async function register(id: string, outcome: RegExp) {
    await page.goto('/customers/new');
    await expect(page.getByRole('heading', { name: 'Add customer', level: 1 })).toBeVisible();
    await page.getByLabel('Customer id').fill(id);
    await page.getByLabel('Name (optional)').fill('Ada Lovelace');
    await page.getByLabel('Email (optional)').fill('ada@example.com');
    await page.getByRole('button', { name: 'Add attribute' }).click();
    await page.getByLabel('Key 1').fill('tier');
    await page.getByLabel('Value 1').fill('gold');
    await page.getByRole('button', { name: 'Add customer' }).click();
    const result = page.getByRole('region', { name: 'Registration' });
    await expect(result.getByText(outcome)).toBeVisible({ timeout: 30_000 });
    return result;
  }

  test('an admin adds a customer and watches the workflow succeed step by step', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('list', { name: 'Customers' }).getByRole('link', { name: 'Customers' }).click();
    await expect(page.getByRole('heading', { name: 'Customers', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Add customer' }).click();
    await expectAccessible(page);

    const result = await register(customerId, /is registered\./);
    await result.getByRole('link', { name: 'Open the execution page' }).click();

    await expect(page.getByRole('heading', { name: `Registration of ${customerId}` })).toBeVisible();
    await expect(page.getByText(/^Status:/)).toContainText('Succeeded');
    const history = page.getByRole('list', { name: 'Steps, in the order entered' });
    const steps = history.getByRole('listitem');
    await expect(steps.first()).toContainText('Validate');
    await expect(history.getByRole('heading', { name: /Insert/ })).toBeVisible();
    for (const text of await steps.allTextContents()) expect(text).toContain('Succeeded');
    // The graph: the states this run went through are Succeeded, the rejection path was never entered.
    const graph = page.locator('.react-flow');
    await expect(graph.locator('.react-flow__node').filter({ hasText: 'Insert' })).toContainText('Succeeded');
    await expect(graph.locator('.react-flow__node').filter({ hasText: 'LogRejection' })).toContainText('Not entered');

    // A state chosen in the graph takes the keyboard to its step in the history.
    await graph.getByRole('button', { name: /Insert/ }).click();
    await expect(history.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Insert/ }) })).toBeFocused();

    const input = history.getByRole('listitem').first().locator('details').filter({ has: page.getByText('Input', { exact: true }) });
    await input.getByText('Input', { exact: true }).click();
    await expect(input.locator('pre')).toBeVisible();
    await expect(input.locator('pre')).toContainText(`"id": "${customerId}"`);
    await expectAccessible(page);
    await screenshots(page, 'customer-execution');
  });

  test('the same id again fails as a duplicate, with its steps', async () => {
    const result = await register(customerId, /was not registered/);
    await expect(result).toContainText('DUPLICATE_ENTRY');
    await result.getByRole('link', { name: 'Open the execution page' }).click();

    await expect(page.getByText(/^Status:/)).toContainText('Failed');
    await expect(page.getByText('DUPLICATE_ENTRY').first()).toBeVisible();
    const history = page.getByRole('list', { name: 'Steps, in the order entered' });
    await expect(history.getByRole('heading', { name: /LogRejection/ })).toBeVisible();
    await expect(history).toContainText('DUPLICATE_ENTRY');
    const graph = page.locator('.react-flow');
    await expect(graph.locator('.react-flow__node').filter({ hasText: 'LogRejection' })).toContainText('Succeeded');
    await expectFitsPhone(page);
  });

  test('the list finds the customer by prefix, and the executions list shows both runs', async () => {
    await page.goto('/customers');
    await page.getByLabel('Search by id prefix').fill(customerId);
    await expect(page).toHaveURL(new RegExp(`prefix=${customerId}`));
    const row = page.getByRole('row').filter({ hasText: customerId });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Ada Lovelace');
    await expect(row).toContainText('tier=gold');
    await expectAccessible(page);
    await screenshots(page, 'customers');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Executions' }).click();
    await expect(page.getByRole('heading', { name: 'Executions', level: 1 })).toBeVisible();
    const runs = page.getByRole('row').filter({ hasText: customerId });
    await expect(runs).toHaveCount(2);
    await expect(runs.first()).toContainText('DUPLICATE_ENTRY');
    await page.getByLabel('Status').selectOption('SUCCEEDED');
    await expect(page.getByRole('row').filter({ hasText: customerId })).toHaveCount(1);
    await expectAccessible(page);
    await screenshots(page, 'customer-executions');
  });

  test('the settings make the customers pages a client of a Stratus reached with an API key', async () => {
    await page.goto('/admin/api-keys');
    await page.getByLabel('Name').fill(`E2E customers client ${runId}`);
    await page.getByRole('checkbox', { name: /customers:read/ }).check();
    await page.getByRole('button', { name: 'Create key' }).click();
    const dialog = page.getByRole('dialog');
    const key = (await dialog.getByLabel('API key').textContent())?.trim() ?? '';
    await dialog.getByRole('button', { name: 'I have stored it' }).click();

    // This Stratus's own address stands in for another one: the console's policy allows no other origin.
    const origin = new URL(page.url()).origin;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API connection' }).click();
    await expect(page.getByText('Using this Stratus, with your session.')).toBeVisible();
    await page.getByLabel('API base URL').fill(origin);
    await page.getByLabel('API key').fill(key);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByText(`${origin} answered, and the key may read customers.`)).toBeVisible();
    await page.getByRole('button', { name: 'Save' }).click();
    const banner = page.getByRole('status').filter({ hasText: 'Using' }).first();
    await expect(banner).toContainText(`Using ${origin} with key ${key.slice(0, 12)}…`);
    await expect(page.getByText(key)).toHaveCount(0);
    await expect(page.getByLabel('API key')).toHaveValue('');
    await expectAccessible(page);

    // The list now comes through the key (the request carries X-Api-Key, not the session).
    const viaKey = page.waitForRequest((r) => r.url().includes('/api/customers?') && r.headers()['x-api-key'] === key);
    await page.goto(`/customers?prefix=${customerId}`);
    await viaKey;
    await expect(page.getByRole('row').filter({ hasText: customerId })).toHaveCount(1);
    await expect(page.getByText(key)).toHaveCount(0);
    await expectFitsPhone(page);

    await page.getByRole('button', { name: 'Use this Stratus' }).click();
    await expect(page.getByRole('button', { name: 'Use this Stratus' })).toHaveCount(0);
    await expect(page.getByRole('row').filter({ hasText: customerId })).toHaveCount(1);
  });

  test('on a phone the execution page draws the graph above the history and never scrolls sideways', async () => {
    await page.goto('/customers');
    await page.getByLabel('Search by id prefix').fill(customerId);
    await page.getByRole('link', { name: `Execution that registered ${customerId}` }).click();
    await expect(page.getByRole('heading', { name: `Registration of ${customerId}` })).toBeVisible();
    await page.setViewportSize({ width: 375, height: 812 });
    const graph = await page.locator('.react-flow').boundingBox();
    const history = await page.getByRole('heading', { name: 'Step history' }).boundingBox();
    expect(graph && history && graph.y < history.y).toBe(true);
    expect(graph && graph.x + graph.width <= 375).toBe(true);
    await expectFitsPhone(page);

    await page.goto('/customers/settings');
    await expect(page.getByRole('heading', { name: 'API connection', level: 1 })).toBeVisible();
    await expectAccessible(page);
    await expectFitsPhone(page);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});

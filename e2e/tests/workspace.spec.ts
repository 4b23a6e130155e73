import type { Page } from '@playwright/test';

import { expectAccessible, invitationLink, runId, screenshots, signUp } from '../support/console';
import { allowConsoleError, expect, expectFitsPhone, phone, test } from '../support/fixtures';

/**
 * The workspace console of issue 17 against a running app in local mode: a new user creates a
 * project, defines its schema, draws its architecture and publishes the image, generates code and
 * gets the zip, deploys it and opens the deployed app's health URL, and invites a teammate, who
 * accepts from the local inbox; on a phone the project's tabs scroll in their own row.
 */
test.describe.serial('Workspace console', () => {
  const owner = { name: 'Wanda Owner', email: `ws-owner-${runId}@example.com`, password: 'Owner-Passw0rd' };
  const teammate = { name: 'Teo Mate', email: `ws-mate-${runId}@example.com`, password: 'Mate-Passw0rd1' };
  const projectName = `E2E shop ${runId}`;
  let ownerPage: Page;
  let projectUrl = '';

  function workspaceNav(page: Page) {
    return page.getByRole('navigation', { name: 'Main' }).getByRole('list', { name: 'Workspace' });
  }

  async function openTab(name: string) {
    await ownerPage.getByRole('navigation', { name: 'Project sections' }).getByRole('link', { name }).click();
    await expect(ownerPage.getByRole('navigation', { name: 'Project sections' }).getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
  }

  test.afterAll(async () => {
    await ownerPage?.context().close();
  });

  test('a new user creates a project from the Workspace section', async ({ browser }) => {
    ownerPage = await signUp(browser, owner);
    const page = ownerPage;

    await workspaceNav(page).getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
    await expect(page.getByText('No projects yet')).toBeVisible();
    await expectAccessible(page);
    await screenshots(page, 'workspace-home');

    await workspaceNav(page).getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('link', { name: 'New project' }).click();
    await expect(page.getByRole('heading', { name: 'New project', level: 1 })).toBeVisible();
    // The form's own checks come first.
    await page.getByLabel('Name').fill('ab');
    await page.getByRole('button', { name: 'Create project' }).click();
    await expect(page.getByText('At least 3 characters')).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Name').fill(projectName);
    await page.getByLabel('Description (optional)').fill('Customers and their orders, built end to end.');
    await page.getByLabel('Stack').selectOption('spring-boot');
    await page.getByRole('button', { name: 'Create project' }).click();
    await expect(page.getByRole('heading', { name: projectName, level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/projects\/[^/]+\/schema$/);
    projectUrl = page.url().replace(/\/schema$/, '');

    await workspaceNav(page).getByRole('link', { name: 'Projects' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: projectName }) });
    await expect(row).toContainText('Owner');
    await expectAccessible(page);
    await screenshots(page, 'workspace-projects');
  });

  test('the owner defines a schema and saves it as version 1', async () => {
    const page = ownerPage;
    await page.goto(`${projectUrl}/schema`);

    await page.getByRole('button', { name: 'Add entity' }).click();
    const customer = page.getByRole('group', { name: 'Entity 1' });
    await customer.getByLabel('Entity name').fill('Customer');
    await customer.getByLabel('Field 1 name').fill('email');
    await customer.getByLabel('Field 1 type').selectOption('string');
    await customer.getByLabel('Required').check();
    await customer.getByLabel('Unique').check();
    await customer.getByRole('button', { name: 'Add field' }).click();
    await customer.getByLabel('Field 2 name').fill('tier');
    await customer.getByLabel('Field 2 type').selectOption('enum');
    await customer.getByLabel('Field 2 values').fill('GOLD, SILVER');

    await page.getByRole('button', { name: 'Add entity' }).click();
    const order = page.getByRole('group', { name: 'Entity 2' });
    await order.getByLabel('Entity name').fill('PurchaseOrder');
    await order.getByLabel('Field 1 name').fill('total');
    await order.getByLabel('Field 1 type').selectOption('decimal');
    await customer.getByRole('button', { name: 'Add relation' }).click();
    await customer.getByLabel('Relation 1 name').fill('orders');
    await customer.getByLabel('Relation 1 target').selectOption('PurchaseOrder');

    await page.getByRole('button', { name: 'Save as new version' }).click();
    await expect(page.getByText('Saved as version 1.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Versions, newest first' })).toContainText('Version 1');
    await expectAccessible(page);
    await screenshots(page, 'workspace-schema');
  });

  test('the owner draws the architecture, saves it and publishes its image', async () => {
    const page = ownerPage;
    await openTab('Architecture');

    for (const [kind, label] of [
      ['Client', 'Browser'],
      ['Service', 'Customer API'],
      ['Database', 'Customers table'],
    ] as const) {
      await page.getByLabel('Kind').selectOption({ label: kind });
      await page.getByLabel('Label', { exact: true }).fill(label);
      await page.getByRole('button', { name: 'Add component' }).click();
    }
    const node = (text: string) => page.locator('.react-flow__node').filter({ hasText: text });
    await expect(node('Customers table')).toBeVisible();
    await node('Browser').locator('.react-flow__handle-bottom').dragTo(node('Customer API').locator('.react-flow__handle-top'));
    await node('Customer API').locator('.react-flow__handle-bottom').dragTo(node('Customers table').locator('.react-flow__handle-top'));
    await expect(page.locator('.react-flow__edge')).toHaveCount(2);

    await page.getByRole('button', { name: 'Save diagram' }).click();
    await expect(page.getByText('Diagram saved.')).toBeVisible();
    await page.getByRole('button', { name: 'Publish as image' }).click();
    const image = page.getByRole('img', { name: `Architecture diagram of ${projectName}` });
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // Saved means stored: a reload draws the same boxes and connections.
    await page.reload();
    await expect(node('Customer API')).toBeVisible();
    await expect(page.locator('.react-flow__edge')).toHaveCount(2);
    await expectAccessible(page);
    await screenshots(page, 'workspace-architecture');
  });

  test('the owner generates code, watches it become ready and downloads the zip', async () => {
    const page = ownerPage;
    await openTab('Generations');

    await page.getByRole('button', { name: 'Generate code' }).click();
    const details = page.getByRole('region', { name: 'Generation details' });
    await expect(details.getByText('Ready', { exact: true })).toBeVisible({ timeout: 180_000 });
    await expect(details.getByRole('list', { name: 'Generated files' })).toContainText('pom.xml');

    await details.getByRole('button', { name: 'Get download link' }).click();
    const link = details.getByRole('link', { name: 'Download the zip' });
    const href = await link.getAttribute('href');
    expect(href).toBeTruthy();
    const zip = await page.request.get(href ?? '');
    expect(zip.status()).toBe(200);
    // A zip archive starts with the local file header "PK\x03\x04".
    expect((await zip.body()).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    await expectAccessible(page);
    await screenshots(page, 'workspace-generations');
  });

  test('the owner deploys the generation, follows the live log and opens the health URL', async () => {
    test.setTimeout(600_000);
    const page = ownerPage;
    await openTab('Deployments');

    await page.getByLabel('Environment').selectOption('dev');
    await page.getByRole('button', { name: 'Deploy', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Deployment to dev', level: 1 })).toBeVisible();
    const log = page.getByRole('log', { name: 'Deployment log' });
    await expect(log.getByRole('listitem').first()).toBeVisible({ timeout: 60_000 });

    const running = page.getByRole('status').filter({ hasText: 'The app is running' });
    await expect(running).toBeVisible({ timeout: 480_000 });
    const health = running.getByRole('link', { name: 'Health check' });
    await expect(health).toHaveAttribute('href', /^http:\/\/(127\.0\.0\.1|localhost):\d+\/actuator\/health$/);
    const answer = await page.request.get((await health.getAttribute('href')) ?? '');
    expect(answer.status()).toBe(200);
    expect(await answer.text()).toContain('UP');
    await expectAccessible(page);
    await screenshots(page, 'workspace-deployment');

    await page.getByRole('link', { name: `${projectName}: all deployments` }).click();
    await expect(page.getByRole('table', { name: 'Deployments, newest first' })).toContainText('Succeeded');
  });

  test('a teammate invited by email accepts from the local inbox and joins as editor', async ({ browser }) => {
    const matePage = await signUp(browser, teammate);
    const page = ownerPage;
    await openTab('Team');
    await page.getByLabel('Email').fill(teammate.email);
    await page.getByLabel('Role', { exact: true }).selectOption('editor');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByText(`Invitation sent to ${teammate.email}`)).toBeVisible();
    await expectAccessible(page);
    await screenshots(page, 'workspace-team');

    // The invitation's link, read from the local inbox page (which needs no session) as the teammate would.
    const link = await invitationLink(browser, teammate.email, projectName);

    await matePage.goto(link);
    await expect(matePage.getByRole('heading', { name: 'Project invitation' })).toBeVisible();
    await expectAccessible(matePage);
    await matePage.getByRole('button', { name: 'Accept invitation' }).click();
    await expect(matePage.getByRole('heading', { name: projectName, level: 1 })).toBeVisible();
    await expect(matePage.getByText('Editor').first()).toBeVisible();

    // The link works once.
    allowConsoleError(/status of 409 .*\/api\/invitations\/[^/]+\/accept/, 'the second use of the invitation link is refused on purpose');
    await matePage.goto(link);
    await matePage.getByRole('button', { name: 'Accept invitation' }).click();
    await expect(matePage.getByRole('alert')).toContainText('This invitation was already used');

    await page.reload();
    await expect(page.getByRole('table', { name: 'Members of the project' })).toContainText(teammate.email);
    await matePage.goto(`${projectUrl}/team`);
    await expectFitsPhone(matePage);
    await matePage.context().close();
  });

  test('on a phone the project tabs scroll in their own row and each one opens', async () => {
    const page = ownerPage;
    await page.goto(projectUrl);
    await page.setViewportSize(phone);
    const tabs = page.getByRole('navigation', { name: 'Project sections' });
    // The tabs are wider than a phone: the row scrolls, the page does not.
    expect(await tabs.evaluate((nav) => nav.scrollWidth > nav.clientWidth)).toBe(true);
    await expectFitsPhone(page);
    for (const name of ['Team', 'Deployments', 'Schema']) {
      await tabs.getByRole('link', { name }).click();
      await expect(tabs.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
      await expectFitsPhone(page);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test('the dashboard counts what was made', async () => {
    const page = ownerPage;
    await workspaceNav(page).getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    await expect(page.getByRole('definition').first()).not.toHaveText('0');
    await expectAccessible(page);
    await screenshots(page, 'workspace-dashboard');
  });
});

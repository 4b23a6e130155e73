import type { Page } from '@playwright/test';

import { admin, expectAccessible, newSignedInPage, runId, screenshots } from '../support/console';
import { expect, test } from '../support/fixtures';

/**
 * The project assistant of issue 18 against a running app in local mode: on a project whose
 * schema has a problem, "Any problems?" gets a reply from the labelled local analyser naming it,
 * and "Generate code" starts a generation that shows in the Generations tab.
 */
test.describe.serial('Project assistant', () => {
  const projectName = `E2E assistant ${runId}`;
  let page: Page;

  test.afterAll(async () => {
    await page?.context().close();
  });

  async function openTab(name: string) {
    const tabs = page.getByRole('navigation', { name: 'Project sections' });
    await tabs.getByRole('link', { name }).click();
    await expect(tabs.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
  }

  test('asked for problems, the local analyser names one in the schema', async ({ browser }) => {
    page = await newSignedInPage(browser, admin.email, admin.password);
    await page.goto('/projects/new');
    await page.getByLabel('Name').fill(projectName);
    await page.getByLabel('Stack').selectOption('spring-boot');
    await page.getByRole('button', { name: 'Create project' }).click();
    await expect(page.getByRole('heading', { name: projectName, level: 1 })).toBeVisible();

    // A new project opens on its schema. PurchaseOrder refers to its customer by a bare id field, with no
    // relation: a problem the analyser names.
    await expect(page).toHaveURL(/\/schema$/);
    await page.getByRole('button', { name: 'Add entity' }).click();
    const customer = page.getByRole('group', { name: 'Entity 1' });
    await customer.getByLabel('Entity name').fill('Customer');
    await customer.getByLabel('Field 1 name').fill('email');
    await customer.getByLabel('Field 1 type').selectOption('string');
    await page.getByRole('button', { name: 'Add entity' }).click();
    const order = page.getByRole('group', { name: 'Entity 2' });
    await order.getByLabel('Entity name').fill('PurchaseOrder');
    await order.getByLabel('Field 1 name').fill('customerId');
    await order.getByLabel('Field 1 type').selectOption('uuid');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await expect(page.getByText('Saved as version 1.')).toBeVisible();

    await openTab('Assistant');
    await expect(page.getByText('No questions yet')).toBeVisible();
    await page.getByRole('button', { name: 'Any problems?' }).click();
    const conversation = page.getByRole('list', { name: 'Conversation, oldest first' });
    await expect(conversation.getByRole('listitem').first()).toContainText('Any problems?');
    const answer = conversation.getByRole('listitem').nth(1);
    await expect(answer).toContainText('Assistant');
    await expect(answer).toContainText('customerId');
    await expect(page.getByText('Local analyser — answers from this project’s data; not an AI model')).toBeVisible();
    await expectAccessible(page);
    await screenshots(page, 'workspace-assistant');
  });

  test('asked to generate code, it starts a generation that shows in the Generations tab', async () => {
    await page.getByRole('button', { name: 'Generate code' }).click();
    const conversation = page.getByRole('list', { name: 'Conversation, oldest first' });
    await expect(conversation.getByRole('listitem')).toHaveCount(4);

    await openTab('Generations');
    const generations = page.getByRole('table', { name: 'Generations, newest first' });
    await expect(generations.getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('region', { name: 'Generation details' }).getByText('Ready', { exact: true })).toBeVisible({ timeout: 180_000 });
  });
});

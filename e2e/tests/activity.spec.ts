import type { Page } from '@playwright/test';

import { expectAccessible, invitationLink, runId, screenshots, signUp } from '../support/console';
import { expect, test } from '../support/fixtures';

/**
 * Activity and notifications of issue 18 against a running app in local mode: a new user creates a
 * project and changes it, and finds both entries in the project's Activity tab and the global feed
 * (filtered by type through the address); a teammate joins by invitation, a critical event, and the
 * owner's bell counts it without a reload; the owner marks all read.
 */
test.describe.serial('Activity and notifications', () => {
  const owner = { name: 'Alma Owner', email: `act-owner-${runId}@example.com`, password: 'Owner-Passw0rd' };
  const teammate = { name: 'Tess Mate', email: `act-mate-${runId}@example.com`, password: 'Mate-Passw0rd1' };
  const projectName = `Activity shop ${runId}`;
  const renamed = `${projectName} v2`;
  let ownerPage: Page;
  let projectUrl = '';

  function workspaceNav(page: Page) {
    return page.getByRole('navigation', { name: 'Main' }).getByRole('list', { name: 'Workspace' });
  }

  function bell(page: Page) {
    return page.getByRole('banner').getByRole('button', { name: /^Notifications/ });
  }

  test.afterAll(async () => {
    await ownerPage?.context().close();
  });

  test('a project created and changed shows both entries in its Activity tab and the global feed', async ({ browser }) => {
    ownerPage = await signUp(browser, owner);
    const page = ownerPage;
    await page.goto('/projects/new');
    await page.getByLabel('Name').fill(projectName);
    await page.getByRole('button', { name: 'Create project' }).click();
    await expect(page.getByRole('heading', { name: projectName, level: 1 })).toBeVisible();
    projectUrl = page.url().replace(/\/schema$/, '');

    await page.goto(projectUrl);
    const edit = page.getByRole('form', { name: 'Edit project' });
    await edit.getByLabel('Name').fill(renamed);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { name: renamed, level: 1 })).toBeVisible();

    const tabs = page.getByRole('navigation', { name: 'Project sections' });
    await tabs.getByRole('link', { name: 'Activity' }).click();
    await expect(page).toHaveURL(/\/activity$/);
    const feed = page.getByRole('list', { name: 'Activity, newest first' });
    // Entries reach the feeds through the fan-out (outbox, then queue): poll until they are there.
    await expect(async () => {
      await page.reload();
      await expect(feed.getByRole('listitem').filter({ hasText: 'Project updated' })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(feed.getByRole('listitem').filter({ hasText: 'Project created' })).toBeVisible();
    await expect(page.getByText('Deployments, last 24 hours')).toBeVisible();
    await expectAccessible(page);
    await screenshots(page, 'workspace-project-activity');

    await workspaceNav(page).getByRole('link', { name: 'Activity' }).click();
    await expect(page.getByRole('heading', { name: 'Activity', level: 1 })).toBeVisible();
    await expect(feed.getByRole('listitem').filter({ hasText: 'Project updated' })).toBeVisible();
    await page.getByLabel('Type').selectOption({ label: 'Project created' });
    await expect(page).toHaveURL(/[?&]type=project_created/);
    await expect(feed.getByRole('listitem').filter({ hasText: 'Project created' })).toBeVisible();
    await expect(feed.getByRole('listitem').filter({ hasText: 'Project updated' })).toHaveCount(0);
    // The filter is in the address: a reload keeps it.
    await page.reload();
    await expect(page.getByLabel('Type')).toHaveValue('project_created');
    await expectAccessible(page);
    await screenshots(page, 'workspace-activity');
  });

  test('a teammate joining makes the owner’s bell count grow without a reload, and mark all read clears it', async ({ browser }) => {
    const page = ownerPage;
    await workspaceNav(page).getByRole('link', { name: 'Notifications' }).click();
    await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
    await expect(bell(page)).toHaveAccessibleName('Notifications');

    const matePage = await signUp(browser, teammate);
    await page.goto(`${projectUrl}/team`);
    await page.getByLabel('Email').fill(teammate.email);
    await page.getByLabel('Role', { exact: true }).selectOption('editor');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByText(`Invitation sent to ${teammate.email}`)).toBeVisible();
    const link = await invitationLink(browser, teammate.email, renamed);
    await matePage.goto(link);
    await matePage.getByRole('button', { name: 'Accept invitation' }).click();
    await expect(matePage.getByRole('heading', { name: renamed, level: 1 })).toBeVisible();
    await matePage.context().close();

    // No reload from here on: the bell polls every 10 s while the tab is shown.
    await expect(bell(page)).toHaveAccessibleName(/^Notifications, [1-9]\d* unread$/, { timeout: 45_000 });
    await expect(page.getByRole('status').filter({ hasText: /new notifications?/ })).toBeAttached();
    await bell(page).click();
    const panel = page.getByRole('region', { name: 'Latest notifications' });
    await expect(panel.getByRole('listitem').filter({ hasText: teammate.email }).or(panel.getByRole('listitem').filter({ hasText: /member|joined|added/i })).first()).toBeVisible();
    await expectAccessible(page);
    await panel.getByRole('button', { name: 'Mark all read' }).click();
    await expect(bell(page)).toHaveAccessibleName('Notifications');
    await expect(panel.getByText('All read', { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');

    await workspaceNav(page).getByRole('link', { name: 'Notifications' }).click();
    await page.getByLabel('Show').selectOption({ label: 'Unread only' });
    await expect(page.getByText('No unread notifications')).toBeVisible();
    await screenshots(page, 'workspace-notifications');
  });

  test('analytics counts the activity, with the chart and period in the address', async () => {
    const page = ownerPage;
    await workspaceNav(page).getByRole('link', { name: 'Analytics' }).click();
    await expect(page.getByRole('heading', { name: 'Analytics', level: 1 })).toBeVisible();
    // The choices live in the address: a radio turns checked once the navigation it starts has rendered,
    // so click and wait for that rather than check(), which wants the state changed on the click itself.
    for (const choice of ['Activity entries', '24h']) {
      const radio = page.getByRole('radio', { name: choice });
      await radio.click();
      await expect(radio).toBeChecked();
    }
    await expect(page).toHaveURL(/chart=activity/);
    await expect(page).toHaveURL(/period=24h/);
    await expect(page.getByText(/^Activity entries per hour, last 24 hours: \d+ in total/)).toBeVisible({ timeout: 30_000 });
    await page.getByText('Counts as a table').click();
    await expect(page.getByRole('table', { name: 'Activity entries, oldest first' })).toBeVisible();
    await page.getByLabel('Project').selectOption({ label: renamed });
    await expect(page).toHaveURL(/projectId=/);
    await expectAccessible(page);
    await screenshots(page, 'workspace-analytics');
  });
});

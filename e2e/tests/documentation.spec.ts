import type { Page } from '@playwright/test';

import { admin, expectAccessible, newSignedInPage, runId, screenshots } from '../support/console';
import { expect, expectFitsPhone, test } from '../support/fixtures';

/**
 * The project documentation of issue 18 against a running app in local mode: a page written with
 * a script and a javascript: link renders safely (no dialog, no script, no such link), an edit is
 * version 2 in the history, a small text file is attached, downloads as an attachment through its
 * presigned address and is deleted, a larger one goes through a presigned upload, and the page is
 * deleted (with its attachments).
 */
test.describe.serial('Project documentation', () => {
  const projectName = `E2E docs ${runId}`;
  const pageTitle = `Runbook ${runId}`;
  let page: Page;
  let docsUrl = '';

  test.afterAll(async () => {
    await page?.context().close();
  });

  test('a page with a script payload and a javascript: link renders safely', async ({ browser }) => {
    page = await newSignedInPage(browser, admin.email, admin.password);
    // Any alert, confirm or prompt means the payload ran.
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await page.goto('/projects/new');
    await page.getByLabel('Name').fill(projectName);
    await page.getByRole('button', { name: 'Create project' }).click();
    await expect(page.getByRole('heading', { name: projectName, level: 1 })).toBeVisible();
    await page.getByRole('navigation', { name: 'Project sections' }).getByRole('link', { name: 'Docs' }).click();
    await expect(page.getByText('No pages yet')).toBeVisible();
    docsUrl = page.url();

    await page.getByRole('link', { name: 'New page' }).click();
    // The form's own checks come first.
    await page.getByRole('button', { name: 'Create page' }).click();
    await expect(page.getByText('Give the page a title')).toBeVisible();

    await page.getByLabel('Title').fill(pageTitle);
    await page
      .getByLabel('Content (markdown)')
      .fill(
        [
          '# Deploying',
          '',
          '<script>window.__xss = 1; alert("script")</script>',
          '<img src="x" onerror="window.__xss = 2; alert(\'img\')">',
          '',
          '[Run it](javascript:alert("link")) or read [the guide](https://example.org/guide).',
          '',
          // A long line of code scrolls in its own box, never the page on a phone.
          '```',
          `curl -X POST http://localhost:8080/api/projects/${'x'.repeat(120)}/deployments`,
          '```',
        ].join('\n'),
      );
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('heading', { name: 'Deploying' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create page' }).click();
    await expect(page.getByText('Page created.')).toBeVisible();

    const article = page.getByRole('article', { name: pageTitle });
    await expect(article.getByRole('heading', { name: 'Deploying', level: 1 })).toBeVisible();
    await expect(article.getByText('Run it')).toBeVisible();
    await expect(article.getByRole('link', { name: 'Run it' })).toHaveCount(0);
    await expect(article.getByRole('link', { name: 'the guide' })).toHaveAttribute('rel', 'noopener noreferrer');
    for (const link of await page.locator('a[href]').all()) expect(await link.getAttribute('href')).not.toMatch(/^\s*javascript:/i);
    expect(await article.locator('script, [onerror], iframe').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await expectAccessible(page);
    await screenshots(page, 'workspace-docs');
  });

  test('an edit is saved as version 2, and version 1 stays readable in the history', async () => {
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Content (markdown)').fill('# Deploying\n\nRun `./stratus run`, then open the console.');
    // The editor and its preview stack on a phone.
    await expectFitsPhone(page);
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await expect(page.getByText('Saved as version 2.')).toBeVisible();
    await expect(page.getByText(/^Version 2, updated/)).toBeVisible();

    await page.getByRole('link', { name: 'History' }).click();
    const versions = page.getByRole('list', { name: 'Versions, newest first' });
    await expect(versions.getByRole('link')).toHaveCount(2);
    await versions.getByRole('link', { name: /Version 1/ }).click();
    const old = page.getByRole('article', { name: 'Version 1' });
    await expect(old.getByText('Run it')).toBeVisible();
    await expectFitsPhone(page);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Current version' }).click();
    await expect(page.getByText('Run ./stratus run, then open the console.')).toBeVisible();
  });

  test('a small text file is attached, downloads as an attachment and is deleted', async () => {
    const text = `Notes of ${runId}\n`;
    await page.getByLabel('File to attach').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: 'Upload' }).click();
    await expect(page.getByText(/^Attached notes\.txt/)).toBeVisible();
    const attachments = page.getByRole('list', { name: 'Attachments' });
    await expect(attachments).toContainText('notes.txt');

    // The presigned address answers as an attachment: the browser saves it, the console stays.
    const download = page.waitForEvent('download');
    await attachments.getByRole('button', { name: 'Download notes.txt' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('notes.txt');
    const answer = await page.request.get(saved.url());
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-disposition']).toMatch(/^attachment/);
    expect(await answer.text()).toBe(text);
    await expect(page.getByRole('article', { name: pageTitle })).toBeVisible();

    await attachments.getByRole('button', { name: 'Delete notes.txt' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete attachment' }).click();
    await expect(page.getByText('No attachments.')).toBeVisible();
  });

  test('a file over 1 MiB goes to storage through a presigned upload and is attached once confirmed', async () => {
    const line = 'deploy step ok\n';
    const log = Buffer.from(line.repeat(Math.ceil((1.5 * 1024 * 1024) / line.length)));
    await page.getByLabel('File to attach').setInputFiles({ name: 'build.log', mimeType: 'text/plain', buffer: log });
    await page.getByRole('button', { name: 'Upload' }).click();
    await expect(page.getByText(/^Attached build\.log \(1\.5 MB\)/)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Attachments' })).toContainText('build.log');
  });

  test('the page is deleted after a confirmation', async () => {
    await page.getByRole('button', { name: `Delete the page ${pageTitle}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete page' }).click();
    await expect(page.getByText(`Deleted “${pageTitle}”.`)).toBeVisible();
    await expect(page.getByText('No pages yet')).toBeVisible();
    expect(page.url()).toBe(docsUrl);
  });
});

import { allowConsoleError, expectFitsPhone, test } from '../support/fixtures';

/**
 * The checks every test gets can fail: each `test.fail` here must fail, through the check alone
 * (none needs the app). If a check stopped working, its test would pass and Playwright would
 * report that as an unexpected pass.
 */
test.describe('the checks of support/fixtures.ts', () => {
  test('a console error fails the test', async ({ page }) => {
    test.fail();
    await page.setContent('<script>console.error("boom")</script>');
  });

  test('an uncaught error in the page fails the test', async ({ page }) => {
    test.fail();
    await Promise.all([page.waitForEvent('pageerror'), page.setContent('<script>setTimeout(() => { throw new Error("boom"); });</script>')]);
  });

  test('a console error the test names, with its reason, does not', async ({ page }) => {
    allowConsoleError(/boom/, 'this test logs it on purpose');
    await page.setContent('<script>console.error("boom")</script>');
  });

  test('a page wider than a phone fails', async ({ page }) => {
    test.fail();
    await page.setContent('<div style="width: 600px">wide</div>');
    await expectFitsPhone(page, { timeout: 1_000 });
  });

  // The console's bug: screen-reader-only text (absolutely placed) in a cell of a table that
  // scrolls in its box sits at the table's far edge, and its box only holds it when positioned.
  const table = (position: string) =>
    `<!doctype html><div style="overflow-x: auto; position: ${position}"><table style="width: 600px"><tr><td>a</td>` +
    `<td><span style="position: absolute; width: 1px; height: 1px; overflow: hidden">Actions</span></td></tr></table></div>`;

  test('a wide table whose text escapes its scrolling box fails', async ({ page }) => {
    test.fail();
    await page.setContent(table('static'));
    await expectFitsPhone(page, { timeout: 1_000 });
  });

  test('a wide table scrolling in its own positioned box fits', async ({ page }) => {
    await page.setContent(table('relative'));
    await expectFitsPhone(page, { timeout: 1_000 });
  });
});

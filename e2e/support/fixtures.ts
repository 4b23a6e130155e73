import { test as base, expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

/** What the pages of the running test logged as errors; each worker runs one test at a time. */
let seen: string[] = [];
let allowed: { pattern: RegExp; why: string }[] = [];
/** Every page opened so far, so each test ends with those still open checked at phone width. */
const pages: Page[] = [];

function record(page: Page) {
  pages.push(page);
  page.on('console', (message) => {
    // The location names the failed resource of a "Failed to load resource" error, so an allowance can name its route.
    if (message.type() === 'error') seen.push(`console error on ${page.url()}: ${message.text()} (at ${message.location().url})`);
  });
  page.on('pageerror', (error) => {
    seen.push(`page error on ${page.url()}: ${error.message}`);
  });
}

/** Records the console and page errors of every page of `context`, now and later opened. */
export function watch(context: BrowserContext): BrowserContext {
  context.pages().forEach(record);
  context.on('page', record);
  return context;
}

/** A new watched context and its first page; every flow opens its pages through here. */
export async function newPage(browser: Browser, options?: BrowserContextOptions): Promise<Page> {
  const context = watch(await browser.newContext(options));
  return context.newPage();
}

/**
 * Lets the running test log console errors that match `pattern`, and says why. Chrome logs every
 * HTTP error answer to a page's own request as a console error ("Failed to load resource"), so a
 * test that causes one on purpose (a 409 it then shows to the user) names it here; nothing is
 * allowed otherwise.
 */
export function allowConsoleError(pattern: RegExp, why: string): void {
  allowed.push({ pattern, why });
  // Shown in the report beside the test, so the allowance is never silent.
  test.info().annotations.push({ type: 'allowed console error', description: `${String(pattern)}: ${why}` });
}

export const phone = { width: 375, height: 812 };

/** The page fits a 375 px wide screen: nothing scrolls the page sideways (a wide table scrolls in its own box). */
export async function expectFitsPhone(page: Page, { timeout }: { timeout?: number } = {}): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize(phone);
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
      message: `${page.url()} is wider than 375 px: the page scrolls sideways`,
      timeout,
    })
    .toBeLessThanOrEqual(0);
  if (before && before.width !== phone.width) await page.setViewportSize(before);
}

/**
 * Playwright's test, failing any test during which a page logged a console error or threw an
 * uncaught error (also pages of contexts from {@link newPage} that outlive the test that made
 * them), or at whose end a page still open does not fit a phone.
 */
export const test = base.extend<{ consoleErrors: void }>({
  context: async ({ context }, use) => {
    await use(watch(context));
  },
  consoleErrors: [
    // Asks for the context so that it closes after this check: the test's own page is still open.
    async ({ context: _context }, use, testInfo) => {
      seen = [];
      allowed = [];
      await use();
      // After a failure the pages are wherever it left them: the error said what went wrong.
      if (testInfo.status === 'passed') {
        for (const page of pages.filter((p) => !p.isClosed())) await expectFitsPhone(page);
      }
      const unexpected = seen.filter((error) => !allowed.some((allow) => allow.pattern.test(error)));
      expect(unexpected, 'console or page errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

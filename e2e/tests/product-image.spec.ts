import { admin, expectAccessible, newSignedInPage, runId } from '../support/console';
import { expect, test } from '../support/fixtures';

/** A PNG of 2 × 1 pixels. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg==', 'base64');

test('an admin uploads a product image through a presigned PUT to the local S3, and it shows', async ({ browser }) => {
  const page = await newSignedInPage(browser, admin.email, admin.password);
  const name = `E2E image lamp ${runId}`;
  await page.goto('/products/new');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Description').fill('A lamp whose picture the end-to-end tests upload.');
  await page.getByLabel('Category').selectOption('electronics');
  await page.getByLabel('SKU').fill(`E2E-IMG-${runId}`.toUpperCase());
  await page.getByLabel('Price').fill('20.00');
  await page.getByLabel('Quantity in stock').fill('40');
  await page.getByRole('button', { name: 'Create product' }).click();
  await expect(page.getByRole('heading', { name: `Edit ${name}` })).toBeVisible();
  await expect(page.getByText('No image yet.')).toBeVisible();

  await page.getByLabel(/Choose an image/).setInputFiles({ name: 'lamp.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('button', { name: 'Upload image' }).click();
  await expect(page.getByText('Image uploaded.')).toBeVisible();
  const image = page.getByRole('img', { name: 'Current product image' });
  await expect(image).toHaveAttribute('src', /\/api\/products\/[^/]+\/image$/);
  // Loaded and decoded: the browser knows its size.
  await expect(image).toHaveJSProperty('naturalWidth', 2);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'View product' }).click();
  await expect(page.getByRole('img', { name })).toHaveJSProperty('naturalWidth', 2);
  await page.context().close();
});

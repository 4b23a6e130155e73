/**
 * The console's Content-Security-Policy lets images come only from the app itself (an uploaded
 * image is served through `/api/products/{id}/image`) and its storage, so a product whose
 * `imageUrl` names another site is drawn with its placeholder instead of a blocked image.
 */
export function shownImage(imageUrl: string | undefined): string | undefined {
  if (!imageUrl) return undefined;
  const url = new URL(imageUrl, window.location.href);
  return url.origin === window.location.origin ? url.href : undefined;
}

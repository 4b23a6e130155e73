/** The length of a text in UTF-8 bytes, as the server counts a page's size. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * The file types the server stores as attachments (its allow-list), each with the file-name
 * extensions it accepts for it: the server checks the content against the type and the name's
 * extension against both, so the type is taken from the name rather than from what the browser
 * guesses (which is often nothing for .md or .log).
 */
const TYPES: Record<string, readonly string[]> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'application/pdf': ['pdf'],
  'text/plain': ['txt', 'text', 'log'],
  'text/markdown': ['md', 'markdown'],
  'text/csv': ['csv'],
  'application/json': ['json'],
  'application/zip': ['zip'],
};

/** For the file picker's `accept`. */
export const ACCEPTED_EXTENSIONS = Object.values(TYPES)
  .flat()
  .map((extension) => `.${extension}`)
  .join(',');

/** The content type a file of this name is stored as, or undefined when the server takes no such file. */
export function attachmentType(fileName: string): string | undefined {
  const dot = fileName.lastIndexOf('.');
  const extension = dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
  return Object.entries(TYPES).find(([, extensions]) => extensions.includes(extension))?.[0];
}

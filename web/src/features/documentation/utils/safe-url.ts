import { defaultUrlTransform } from 'react-markdown';

/** The only schemes a page may link to; anything else (javascript:, data:, vbscript:, file:...) is dropped. */
const SAFE_SCHEMES = /^(https?|mailto):/i;

/**
 * A link or image address from a page's markdown, or '' when it is not safe to follow. Relative
 * addresses and fragments pass; an address with a scheme passes only for http, https and mailto.
 * react-markdown's own check comes first: it reads the scheme as a browser does, so "jAvAsCrIpT:"
 * or a scheme hidden behind an entity never passes.
 */
export function safeUrl(url: string): string {
  const checked = defaultUrlTransform(url.trim());
  if (!checked) return '';
  const colon = checked.indexOf(':');
  const relative = colon === -1 || /[/?#]/.test(checked.slice(0, colon));
  return relative || SAFE_SCHEMES.test(checked) ? checked : '';
}

/** Whether a safe address leads off the console (it then opens in a new tab without access to this one). */
export function isExternal(url: string, origin = window.location.origin): boolean {
  if (!/^https?:/i.test(url)) return false;
  try {
    return new URL(url).origin !== origin;
  } catch {
    return true;
  }
}

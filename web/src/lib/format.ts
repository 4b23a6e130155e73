import { displayTimeZone } from './time-zone';

/** Money is integer cents in the API; show it in the user's locale. */
export function formatCents(cents: number, currency = 'USD', locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

/** A date and time in the zone of the user's settings (see lib/time-zone), or `timeZone` when given. */
export function formatDateTime(iso: string, locale?: string, timeZone: string = displayTimeZone()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** Any `Intl.DateTimeFormat` options, in the user's zone: for chart axes and short labels. */
export function formatInZone(time: Date | number, options: Intl.DateTimeFormatOptions, locale?: string, timeZone: string = displayTimeZone()): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(time);
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "5 minutes ago", "yesterday": how long ago `iso` was, seen from `now`. */
export function formatRelative(iso: string, now: number = Date.now(), locale?: string): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return iso;
  let value = (time - now) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(value) < size) return format.format(Math.round(value), unit);
    value /= size;
  }
  return format.format(Math.round(value), 'year');
}

/** "19.99" -> 1999; undefined when the text is not an amount with at most two decimals. */
export function parseAmountToCents(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return undefined;
  const [whole = '0', fraction = ''] = trimmed.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export function centsToAmount(cents: number): string {
  return (cents / 100).toFixed(2);
}

/** A size in bytes as people read it: 1.2 MB, 850 KB, 12 B. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit] ?? 'GB'}`;
}

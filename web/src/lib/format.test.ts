import { afterEach, describe, expect, it } from 'vitest';

import { centsToAmount, formatCents, formatDateTime, formatRelative, parseAmountToCents } from './format';
import { setDisplayTimeZone } from './time-zone';

describe('money', () => {
  it('shows cents in the given locale', () => {
    expect(formatCents(123456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatCents(123456, 'USD', 'de-DE')).toBe('1.234,56\u00a0$');
  });

  it('reads typed amounts into exact cents', () => {
    expect(parseAmountToCents('19.99')).toBe(1999);
    expect(parseAmountToCents('0.1')).toBe(10);
    expect(parseAmountToCents(' 7 ')).toBe(700);
    expect(parseAmountToCents('1.005')).toBeUndefined();
    expect(parseAmountToCents('-1')).toBeUndefined();
    expect(parseAmountToCents('abc')).toBeUndefined();
    expect(centsToAmount(1999)).toBe('19.99');
  });
});

describe('times', () => {
  afterEach(() => {
    setDisplayTimeZone(undefined);
  });

  it('shows a time in the zone of the user’s settings', () => {
    setDisplayTimeZone('Asia/Tokyo');
    expect(formatDateTime('2026-11-30T10:30:00Z', 'en-GB')).toBe('30 Nov 2026, 19:30');
    setDisplayTimeZone('America/New_York');
    expect(formatDateTime('2026-11-30T10:30:00Z', 'en-GB')).toBe('30 Nov 2026, 05:30');
  });

  it('falls back to the browser’s zone for a zone it does not know', () => {
    setDisplayTimeZone('Mars/Olympus_Mons');
    const browser = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-11-30T10:30:00Z'));
    expect(formatDateTime('2026-11-30T10:30:00Z', 'en-GB')).toBe(browser);
  });

  it('leaves an unreadable time as it came', () => {
    expect(formatDateTime('not a time')).toBe('not a time');
  });

  it('says how long ago a moment was in the largest fitting unit', () => {
    const now = Date.parse('2026-11-30T10:30:00Z');
    expect(formatRelative('2026-11-30T10:29:30Z', now, 'en')).toBe('30 seconds ago');
    expect(formatRelative('2026-11-30T10:25:00Z', now, 'en')).toBe('5 minutes ago');
    expect(formatRelative('2026-11-30T07:30:00Z', now, 'en')).toBe('3 hours ago');
    expect(formatRelative('2026-11-29T10:30:00Z', now, 'en')).toBe('yesterday');
    expect(formatRelative('2026-09-30T10:30:00Z', now, 'en')).toBe('2 months ago');
  });
});

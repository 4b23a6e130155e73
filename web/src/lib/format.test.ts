import { describe, expect, it } from 'vitest';

import { centsToAmount, formatCents, parseAmountToCents } from './format';

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

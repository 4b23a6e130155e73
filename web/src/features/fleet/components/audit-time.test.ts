import { describe, expect, it } from 'vitest';

import { fromLocalInput, toLocalInput, toLocalInputEnd } from './audit-time';

describe('audit time window', () => {
  it('turns a local minute into the instants that open and close it, and back', () => {
    const from = fromLocalInput('2026-01-15T10:30');
    const to = toLocalInputEnd('2026-01-15T10:30');
    expect(from).toBe(new Date(2026, 0, 15, 10, 30).toISOString());
    expect(to).toBe(new Date(2026, 0, 15, 10, 30, 59, 999).toISOString());
    expect(toLocalInput(from)).toBe('2026-01-15T10:30');
    expect(toLocalInput(to)).toBe('2026-01-15T10:30');
  });

  it('leaves out what is empty or unreadable', () => {
    expect(fromLocalInput('')).toBeUndefined();
    expect(toLocalInputEnd('soon')).toBeUndefined();
    expect(toLocalInput(null)).toBe('');
    expect(toLocalInput('garbage')).toBe('');
  });
});

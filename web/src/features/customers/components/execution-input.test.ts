import { describe, expect, it } from 'vitest';

import { customerIdOf } from './execution-input';

describe('customerIdOf', () => {
  it('reads the id from the workflow input the server builds, or from a bare customer', () => {
    expect(customerIdOf({ customer: { id: 'cust-001' }, requestedBy: { userId: 'u1' }, requestedAt: '2026-11-29T10:00:00Z' })).toBe('cust-001');
    expect(customerIdOf({ id: 'cust-002' })).toBe('cust-002');
  });

  it('has none for input of another shape', () => {
    expect(customerIdOf(undefined)).toBeUndefined();
    expect(customerIdOf({ customer: { id: 7 } })).toBeUndefined();
    expect(customerIdOf(['cust-001'])).toBeUndefined();
  });
});

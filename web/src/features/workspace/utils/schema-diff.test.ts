import { describe, expect, it } from 'vitest';

import type { SchemaBody } from '../types';
import { changeTone, describeChange, diffSchemas } from './schema-diff';

const v1: SchemaBody = {
  entities: [
    {
      name: 'Customer',
      fields: [
        { name: 'email', type: 'string', required: true, unique: true },
        { name: 'nickname', type: 'string' },
        { name: 'tier', type: 'enum', values: ['GOLD', 'SILVER'] },
      ],
      relations: [{ name: 'orders', target: 'Order', kind: 'one-to-many' }],
    },
    { name: 'Order', fields: [{ name: 'total', type: 'integer', required: true }], relations: [] },
    { name: 'Legacy', fields: [], relations: [] },
  ],
};

const v2: SchemaBody = {
  entities: [
    {
      name: 'Customer',
      fields: [
        { name: 'email', type: 'text', required: false, unique: true },
        { name: 'tier', type: 'enum', values: ['GOLD', 'SILVER', 'BRONZE'] },
        { name: 'birthday', type: 'date' },
      ],
      relations: [{ name: 'orders', target: 'Order', kind: 'many-to-many' }],
    },
    { name: 'Order', fields: [{ name: 'total', type: 'integer', required: true }], relations: [] },
    { name: 'Product', fields: [{ name: 'sku', type: 'string' }], relations: [] },
  ],
};

describe('diffSchemas', () => {
  it('finds nothing between a version and itself', () => {
    expect(diffSchemas(v1, v1)).toEqual([]);
  });

  it('lists removed and added entities, fields and relations, and what changed in the ones kept', () => {
    expect(diffSchemas(v1, v2).map(describeChange)).toEqual([
      'Removed entity Legacy',
      'Removed field Customer.nickname',
      'Changed field Customer.email: type string → text; required yes → no',
      'Changed field Customer.tier: values GOLD, SILVER → GOLD, SILVER, BRONZE',
      'Added field Customer.birthday',
      'Changed relation Customer.orders: kind one-to-many → many-to-many',
      'Added entity Product',
    ]);
  });

  it('reads a missing flag as false, so an explicit false is no change', () => {
    const implicit: SchemaBody = { entities: [{ name: 'A', fields: [{ name: 'x', type: 'string' }], relations: [] }] };
    const explicit: SchemaBody = { entities: [{ name: 'A', fields: [{ name: 'x', type: 'string', required: false, unique: false }], relations: [] }] };
    expect(diffSchemas(implicit, explicit)).toEqual([]);
  });

  it('reads a rename as one removed and one added, the only identity being the name', () => {
    const before: SchemaBody = { entities: [{ name: 'A', fields: [], relations: [{ name: 'bs', target: 'B', kind: 'one-to-many' }] }] };
    const after: SchemaBody = { entities: [{ name: 'A', fields: [], relations: [{ name: 'items', target: 'B', kind: 'one-to-many' }] }] };
    const changes = diffSchemas(before, after);
    expect(changes.map(describeChange)).toEqual(['Removed relation A.bs', 'Added relation A.items']);
    expect(changes.map(changeTone)).toEqual(['removed', 'added']);
  });

  it('tells a change apart from an addition for its marker', () => {
    expect(changeTone({ kind: 'field-changed', entity: 'A', field: 'x', details: [] })).toBe('changed');
    expect(changeTone({ kind: 'entity-added', entity: 'A' })).toBe('added');
  });
});

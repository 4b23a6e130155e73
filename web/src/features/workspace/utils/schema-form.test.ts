import { describe, expect, it } from 'vitest';

import type { SchemaBody } from '../types';
import { formPathOf, schemaFormSchema, toFormValues, toSchemaBody, type SchemaFormValues } from './schema-form';

const form: SchemaFormValues = {
  entities: [
    {
      name: ' Customer ',
      fields: [
        { name: 'email', type: 'string', required: true, unique: true, values: 'left over from enum' },
        { name: 'tier', type: 'enum', required: false, unique: false, values: 'GOLD, SILVER ,, ' },
      ],
      relations: [{ name: 'orders', target: 'Order', kind: 'one-to-many' }],
    },
    { name: 'Order', fields: [], relations: [] },
  ],
};

const issues = (values: SchemaFormValues) => {
  const result = schemaFormSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('schema form ↔ API body', () => {
  it('sends enum values as a list, and no values for other types', () => {
    expect(toSchemaBody(form)).toEqual({
      entities: [
        {
          name: 'Customer',
          fields: [
            { name: 'email', type: 'string', required: true, unique: true },
            { name: 'tier', type: 'enum', required: false, unique: false, values: ['GOLD', 'SILVER'] },
          ],
          relations: [{ name: 'orders', target: 'Order', kind: 'one-to-many' }],
        },
        { name: 'Order', fields: [], relations: [] },
      ],
    });
  });

  it('fills the form from a stored version, missing flags and lists read as empty', () => {
    const stored = {
      entities: [{ name: 'Tag', fields: [{ name: 'colour', type: 'enum', values: ['RED', 'BLUE'] }, { name: 'label', type: 'string' }] }],
    } as unknown as SchemaBody;
    expect(toFormValues(stored)).toEqual({
      entities: [
        {
          name: 'Tag',
          fields: [
            { name: 'colour', type: 'enum', required: false, unique: false, values: 'RED, BLUE' },
            { name: 'label', type: 'string', required: false, unique: false, values: '' },
          ],
          relations: [],
        },
      ],
    });
    expect(toFormValues(null)).toEqual({ entities: [] });
  });

  it('round-trips a stored version unchanged', () => {
    const body = toSchemaBody(form);
    expect(toSchemaBody(toFormValues(body))).toEqual(body);
  });
});

describe('schema form rules', () => {
  it('accepts a well-formed schema', () => {
    expect(issues(form)).toEqual([]);
  });

  it('names the input of each broken rule', () => {
    expect(
      issues({
        entities: [
          {
            name: 'customer',
            fields: [
              { name: 'Email', type: 'string', required: false, unique: false, values: '' },
              { name: 'id', type: 'uuid', required: false, unique: false, values: '' },
              { name: 'tier', type: 'enum', required: false, unique: false, values: ' , ' },
            ],
            relations: [
              { name: 'tier', target: 'Order', kind: 'one-to-many' },
              { name: 'ghosts', target: 'Ghost', kind: 'many-to-many' },
            ],
          },
          { name: 'Order', fields: [], relations: [] },
          { name: 'Order', fields: [], relations: [] },
        ],
      }),
    ).toEqual([
      'entities.0.name: PascalCase: an upper-case letter, then letters and digits',
      'entities.0.fields.0.name: camelCase: a lower-case letter, then letters and digits',
      'entities.0.fields.1.name: Every entity has an id field already',
      'entities.0.fields.2.values: List the values, separated by commas',
      'entities.0.relations.0.name: This name is already used in this entity',
      'entities.2.name: Another entity has this name',
      'entities.0.relations.1.target: No entity has this name',
    ]);
  });
});

describe('formPathOf', () => {
  it('turns the server’s field paths into the form’s input names', () => {
    expect(formPathOf('entities[1].fields[0].type')).toBe('entities.1.fields.0.type');
    expect(formPathOf('entities[0].name')).toBe('entities.0.name');
    expect(formPathOf('entities[2].relations[1].target')).toBe('entities.2.relations.1.target');
  });

  it('puts a problem with one enum value on the values input, and one with a whole item on its name', () => {
    expect(formPathOf('entities[0].fields[3].values[1]')).toBe('entities.0.fields.3.values');
    expect(formPathOf('entities[0].fields[3]')).toBe('entities.0.fields.3.name');
    expect(formPathOf('entities[4]')).toBe('entities.4.name');
  });

  it('leaves problems no input shows to the form as a whole', () => {
    expect(formPathOf('entities')).toBeUndefined();
    expect(formPathOf('entities[0].fields[0].required')).toBeUndefined();
    expect(formPathOf('stack')).toBeUndefined();
  });
});

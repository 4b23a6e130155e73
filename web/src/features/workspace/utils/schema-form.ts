import { z } from 'zod';

import { FIELD_TYPES, RELATION_KINDS, type FieldType, type RelationKind, type SchemaBody } from '../types';

/**
 * The schema editor's form values and their mapping to the API's body. The form keeps enum values
 * as one comma-separated text and both flags as booleans; the body has a list and leaves `values`
 * out for every other type.
 */
export type FieldRow = { name: string; type: FieldType; required: boolean; unique: boolean; values: string };
export type RelationRow = { name: string; target: string; kind: RelationKind };
export type EntityRow = { name: string; fields: FieldRow[]; relations: RelationRow[] };
export type SchemaFormValues = { entities: EntityRow[] };

export const MAX_NAME = 64;
const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;
const CAMEL_CASE = /^[a-z][A-Za-z0-9]*$/;

export const emptyField = (): FieldRow => ({ name: '', type: 'string', required: false, unique: false, values: '' });
export const emptyRelation = (target = ''): RelationRow => ({ name: '', target, kind: 'one-to-many' });
export const emptyEntity = (): EntityRow => ({ name: '', fields: [emptyField()], relations: [] });

/** "ACTIVE, INACTIVE ," → ["ACTIVE", "INACTIVE"]. */
export function parseValues(text: string): string[] {
  return text
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
}

const camelName = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter a ${what} name`)
    .max(MAX_NAME, `At most ${MAX_NAME} characters`)
    .regex(CAMEL_CASE, 'camelCase: a lower-case letter, then letters and digits');

function flagDuplicates(names: string[], context: z.RefinementCtx, path: (index: number) => (string | number)[], message: string) {
  const seen = new Set<string>();
  names.forEach((name, index) => {
    const key = name.trim();
    if (key && seen.has(key)) context.addIssue({ code: 'custom', path: path(index), message });
    seen.add(key);
  });
}

const fieldSchema = z
  .object({
    name: camelName('field').refine((name) => name !== 'id', 'Every entity has an id field already'),
    type: z.enum(FIELD_TYPES, 'Choose a type'),
    required: z.boolean(),
    unique: z.boolean(),
    values: z.string(),
  })
  .superRefine((field, context) => {
    if (field.type === 'enum' && parseValues(field.values).length === 0) {
      context.addIssue({ code: 'custom', path: ['values'], message: 'List the values, separated by commas' });
    }
  });

const entitySchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter an entity name')
      .max(MAX_NAME, `At most ${MAX_NAME} characters`)
      .regex(PASCAL_CASE, 'PascalCase: an upper-case letter, then letters and digits'),
    fields: z.array(fieldSchema),
    relations: z.array(z.object({ name: camelName('relation'), target: z.string().min(1, 'Choose the target entity'), kind: z.enum(RELATION_KINDS) })),
  })
  .superRefine((entity, context) => {
    flagDuplicates(
      [...entity.fields.map((f) => f.name), ...entity.relations.map((r) => r.name)],
      context,
      (index) => (index < entity.fields.length ? ['fields', index, 'name'] : ['relations', index - entity.fields.length, 'name']),
      'This name is already used in this entity',
    );
  });

/** The rules the server checks too (docs/API.md); what only the server knows, such as reserved words, comes back from it. */
export const schemaFormSchema = z
  .object({ entities: z.array(entitySchema) })
  .superRefine((schema, context) => {
    flagDuplicates(
      schema.entities.map((e) => e.name),
      context,
      (index) => ['entities', index, 'name'],
      'Another entity has this name',
    );
    const names = new Set(schema.entities.map((e) => e.name.trim()));
    schema.entities.forEach((entity, e) => {
      entity.relations.forEach((relation, r) => {
        if (relation.target && !names.has(relation.target)) {
          context.addIssue({ code: 'custom', path: ['entities', e, 'relations', r, 'target'], message: 'No entity has this name' });
        }
      });
    });
  });

/** The body of `PUT /projects/{id}/schema`. */
export function toSchemaBody(values: SchemaFormValues): SchemaBody {
  return {
    entities: values.entities.map((entity) => ({
      name: entity.name.trim(),
      fields: entity.fields.map((field) => ({
        name: field.name.trim(),
        type: field.type,
        required: field.required,
        unique: field.unique,
        ...(field.type === 'enum' ? { values: parseValues(field.values) } : {}),
      })),
      relations: entity.relations.map((relation) => ({ name: relation.name.trim(), target: relation.target, kind: relation.kind })),
    })),
  };
}

/** The form for a stored version, or an empty form before the first one. */
export function toFormValues(schema: SchemaBody | null | undefined): SchemaFormValues {
  return {
    entities: (schema?.entities ?? []).map((entity) => ({
      name: entity.name,
      fields: entity.fields.map((field) => ({
        name: field.name,
        type: field.type,
        required: Boolean(field.required),
        unique: Boolean(field.unique),
        values: (field.values ?? []).join(', '),
      })),
      relations: (entity.relations ?? []).map((relation) => ({ name: relation.name, target: relation.target, kind: relation.kind })),
    })),
  };
}

const INPUTS = [
  /^entities\.\d+\.name$/,
  /^entities\.\d+\.fields\.\d+\.(name|type|values)$/,
  /^entities\.\d+\.relations\.\d+\.(name|target|kind)$/,
];

/**
 * The form input a server problem is about: `entities[1].fields[0].type` → `entities.1.fields.0.type`.
 * A problem with one enum value goes to the values input, one with a whole field, relation or
 * entity to its name; undefined when no input shows it (then the form says it above the fields).
 */
export function formPathOf(apiPath: string): string | undefined {
  const path = apiPath
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '')
    .replace(/(\.values)\.\d+$/, '$1')
    .replace(/^(entities\.\d+(\.(fields|relations)\.\d+)?)$/, '$1.name');
  return INPUTS.some((input) => input.test(path)) ? path : undefined;
}

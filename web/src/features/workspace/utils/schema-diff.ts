import type { SchemaBody, SchemaField, SchemaRelation } from '../types';

/**
 * What changed between two versions of a schema, entity by entity. Entities, fields and
 * relations are matched by name: the schema has no other identity, so a rename reads as one
 * removed and one added.
 */
export type SchemaChange =
  | { kind: 'entity-added' | 'entity-removed'; entity: string }
  | { kind: 'field-added' | 'field-removed'; entity: string; field: string }
  | { kind: 'field-changed'; entity: string; field: string; details: string[] }
  | { kind: 'relation-added' | 'relation-removed'; entity: string; relation: string }
  | { kind: 'relation-changed'; entity: string; relation: string; details: string[] };

const yesNo = (value: boolean | undefined) => (value ? 'yes' : 'no');

function fieldDetails(before: SchemaField, after: SchemaField): string[] {
  const details: string[] = [];
  if (before.type !== after.type) details.push(`type ${before.type} → ${after.type}`);
  if (Boolean(before.required) !== Boolean(after.required)) details.push(`required ${yesNo(before.required)} → ${yesNo(after.required)}`);
  if (Boolean(before.unique) !== Boolean(after.unique)) details.push(`unique ${yesNo(before.unique)} → ${yesNo(after.unique)}`);
  const beforeValues = (before.values ?? []).join(', ');
  const afterValues = (after.values ?? []).join(', ');
  if (beforeValues !== afterValues) details.push(`values ${beforeValues || 'none'} → ${afterValues || 'none'}`);
  return details;
}

function relationDetails(before: SchemaRelation, after: SchemaRelation): string[] {
  const details: string[] = [];
  if (before.target !== after.target) details.push(`target ${before.target} → ${after.target}`);
  if (before.kind !== after.kind) details.push(`kind ${before.kind} → ${after.kind}`);
  return details;
}

function byName<T extends { name: string }>(items: readonly T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((item) => [item.name, item]));
}

/** Lists the changes from `from` to `to`: removals first, then additions and changes in `to`'s order. */
export function diffSchemas(from: SchemaBody, to: SchemaBody): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const after = byName(to.entities);
  const before = byName(from.entities);
  for (const entity of from.entities) {
    if (!after.has(entity.name)) changes.push({ kind: 'entity-removed', entity: entity.name });
  }
  for (const entity of to.entities) {
    const old = before.get(entity.name);
    if (!old) {
      changes.push({ kind: 'entity-added', entity: entity.name });
      continue;
    }
    const oldFields = byName(old.fields);
    const newFields = byName(entity.fields);
    for (const field of old.fields) {
      if (!newFields.has(field.name)) changes.push({ kind: 'field-removed', entity: entity.name, field: field.name });
    }
    for (const field of entity.fields) {
      const previous = oldFields.get(field.name);
      if (!previous) changes.push({ kind: 'field-added', entity: entity.name, field: field.name });
      else {
        const details = fieldDetails(previous, field);
        if (details.length > 0) changes.push({ kind: 'field-changed', entity: entity.name, field: field.name, details });
      }
    }
    const oldRelations = byName(old.relations);
    const newRelations = byName(entity.relations);
    for (const relation of old.relations ?? []) {
      if (!newRelations.has(relation.name)) changes.push({ kind: 'relation-removed', entity: entity.name, relation: relation.name });
    }
    for (const relation of entity.relations ?? []) {
      const previous = oldRelations.get(relation.name);
      if (!previous) changes.push({ kind: 'relation-added', entity: entity.name, relation: relation.name });
      else {
        const details = relationDetails(previous, relation);
        if (details.length > 0) changes.push({ kind: 'relation-changed', entity: entity.name, relation: relation.name, details });
      }
    }
  }
  return changes;
}

/** One change as a sentence. */
export function describeChange(change: SchemaChange): string {
  switch (change.kind) {
    case 'entity-added':
      return `Added entity ${change.entity}`;
    case 'entity-removed':
      return `Removed entity ${change.entity}`;
    case 'field-added':
      return `Added field ${change.entity}.${change.field}`;
    case 'field-removed':
      return `Removed field ${change.entity}.${change.field}`;
    case 'field-changed':
      return `Changed field ${change.entity}.${change.field}: ${change.details.join('; ')}`;
    case 'relation-added':
      return `Added relation ${change.entity}.${change.relation}`;
    case 'relation-removed':
      return `Removed relation ${change.entity}.${change.relation}`;
    case 'relation-changed':
      return `Changed relation ${change.entity}.${change.relation}: ${change.details.join('; ')}`;
  }
}

/** Whether a change adds, removes or alters something, for its marker. */
export function changeTone(change: SchemaChange): 'added' | 'removed' | 'changed' {
  if (change.kind.endsWith('-added')) return 'added';
  if (change.kind.endsWith('-removed')) return 'removed';
  return 'changed';
}

import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/states';

import type { SchemaBody } from '../types';

/** The schema for readers: what a viewer sees instead of the editor. */
export function SchemaView({ schema }: { schema: SchemaBody | null }) {
  if (!schema || schema.entities.length === 0) return <EmptyState title="No schema yet">An owner or editor defines the entities.</EmptyState>;
  return (
    <div className="space-y-6">
      {schema.entities.map((entity) => (
        <section key={entity.name} aria-label={`Entity ${entity.name}`}>
          <h3 className="mb-2 font-semibold text-slate-900">{entity.name}</h3>
          <DataTable caption={`Fields of ${entity.name}`} columns={['Field', 'Type', 'Flags']}>
            {entity.fields.map((field) => (
              <tr key={field.name} className="border-t border-slate-200">
                <td className="px-3 py-2 font-mono">{field.name}</td>
                <td className="px-3 py-2">
                  {field.type}
                  {field.values && field.values.length > 0 && <span className="text-slate-600"> ({field.values.join(', ')})</span>}
                </td>
                <td className="px-3 py-2">{[field.required && 'required', field.unique && 'unique'].filter(Boolean).join(', ') || '—'}</td>
              </tr>
            ))}
          </DataTable>
          {entity.relations && entity.relations.length > 0 && (
            <ul className="mt-2 text-sm text-slate-800">
              {entity.relations.map((relation) => (
                <li key={relation.name}>
                  <span className="font-mono">{relation.name}</span>: {relation.kind} to {relation.target}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

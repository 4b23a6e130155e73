import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm, useWatch, type Path, type UseFormSetError } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/states';
import { ApiError, errorMessage } from '@/lib/api-client';

import { useSaveSchema } from '../api/save-schema';
import type { ProjectSchema } from '../types';
import { emptyEntity, formPathOf, schemaFormSchema, toFormValues, toSchemaBody, type SchemaFormValues } from '../utils/schema-form';
import { EntityEditor } from './entity-editor';

/**
 * Puts the server's VALIDATION_ERROR details (`entities[1].fields[0].type`) on the inputs they
 * name; returns what no input shows, for the form as a whole.
 */
function applySchemaErrors(error: unknown, setError: UseFormSetError<SchemaFormValues>): string | undefined {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return errorMessage(error);
  const leftovers: string[] = [];
  let focused = false;
  for (const problem of error.fieldErrors) {
    const path = formPathOf(problem.field);
    if (path) {
      setError(path as Path<SchemaFormValues>, { type: 'server', message: problem.message }, { shouldFocus: !focused });
      focused = true;
    } else {
      leftovers.push(`${problem.field}: ${problem.message}`);
    }
  }
  return leftovers.length > 0 ? leftovers.join(' ') : 'Some entries need fixing: see the messages next to them.';
}

/** Edits the current version; saving makes a new one. */
export function SchemaEditor({ projectId, schema }: { projectId: string; schema: ProjectSchema | null }) {
  const [formError, setFormError] = useState<string>();
  const [savedVersion, setSavedVersion] = useState<number>();
  const initial = useMemo(() => toFormValues(schema), [schema]);
  const form = useForm<SchemaFormValues>({ resolver: zodResolver(schemaFormSchema), values: initial });
  const entities = useFieldArray({ control: form.control, name: 'entities' });
  const watched = useWatch({ control: form.control, name: 'entities' });
  const entityNames = [...new Set(watched.map((entity) => entity.name.trim()).filter(Boolean))];
  const save = useSaveSchema({
    mutationConfig: {
      onSuccess: (saved) => {
        setSavedVersion(saved.version);
      },
      onError: (error) => {
        setFormError(applySchemaErrors(error, form.setError));
      },
    },
  });

  return (
    <form
      noValidate
      aria-label="Schema"
      className="space-y-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(undefined);
        setSavedVersion(undefined);
        save.mutate({ projectId, body: toSchemaBody(values) });
      })}
    >
      {formError && <Alert tone="error" title="The schema was not saved">{formError}</Alert>}
      {savedVersion !== undefined && !form.formState.isDirty && <Alert tone="success">Saved as version {savedVersion}.</Alert>}
      {entities.fields.length === 0 && (
        <EmptyState title="No entities yet">Add an entity, such as Customer, and give it fields.</EmptyState>
      )}
      {entities.fields.map((entity, index) => (
        <EntityEditor
          key={entity.id}
          index={index}
          control={form.control}
          register={form.register}
          errors={form.formState.errors}
          entityNames={entityNames}
          onRemove={() => {
            entities.remove(index);
          }}
        />
      ))}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => { entities.append(emptyEntity(), { shouldFocus: true }); }}>
          Add entity
        </Button>
        <Button type="submit" isLoading={save.isPending}>
          Save as new version
        </Button>
      </div>
    </form>
  );
}

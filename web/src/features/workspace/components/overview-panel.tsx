import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { InputField, TextareaField } from '@/components/ui/field';
import { applyApiErrors } from '@/lib/form-errors';
import { formatDateTime } from '@/lib/format';

import { updateProjectInputSchema, useUpdateProject, type UpdateProjectInput } from '../api/update-project';
import type { Project } from '../types';
import { canEdit, isOwner } from '../utils/roles';
import { DeleteProjectSection } from './delete-project-section';
import { PanelSection } from './panel-section';
import { stackLabels } from './project-form';
import { RoleBadge } from './status-badge';

function EditProjectForm({ project }: { project: Project }) {
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const form = useForm<UpdateProjectInput>({
    resolver: zodResolver(updateProjectInputSchema),
    values: { name: project.name, description: project.description ?? '' },
  });
  const update = useUpdateProject({
    mutationConfig: {
      onSuccess: () => {
        setSaved(true);
      },
      onError: (error) => {
        setFormError(applyApiErrors(error, form.setError, ['name', 'description']));
      },
    },
  });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      aria-label="Edit project"
      className="space-y-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(undefined);
        setSaved(false);
        update.mutate({ projectId: project.id, body: { name: values.name.trim(), description: values.description.trim() } });
      })}
    >
      {formError && <Alert tone="error">{formError}</Alert>}
      {saved && !form.formState.isDirty && <Alert tone="success">Saved.</Alert>}
      <InputField label="Name" autoComplete="off" error={errors.name?.message} {...form.register('name')} />
      <TextareaField label="Description" rows={4} error={errors.description?.message} {...form.register('description')} />
      <Button type="submit" isLoading={update.isPending}>
        Save changes
      </Button>
    </form>
  );
}

export function OverviewPanel({ project }: { project: Project }) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <PanelSection title="Details" className="rounded-lg border border-slate-200 bg-white p-4">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-slate-600">Stack</dt>
          <dd>{stackLabels[project.stack]}</dd>
          <dt className="text-slate-600">Visibility</dt>
          <dd className="capitalize">{project.visibility}</dd>
          <dt className="text-slate-600">Your role</dt>
          <dd>
            <RoleBadge role={project.role} />
          </dd>
          <dt className="text-slate-600">Created</dt>
          <dd>{formatDateTime(project.createdAt)}</dd>
          <dt className="text-slate-600">Updated</dt>
          <dd>{formatDateTime(project.updatedAt)}</dd>
        </dl>
        {!canEdit(project.role) && <p className="mt-4 whitespace-pre-line break-words text-slate-800">{project.description || 'No description.'}</p>}
      </PanelSection>
      {canEdit(project.role) && (
        <PanelSection title="Name and description" className="rounded-lg border border-slate-200 bg-white p-4">
          <EditProjectForm project={project} />
        </PanelSection>
      )}
      {isOwner(project.role) && <DeleteProjectSection project={project} />}
    </div>
  );
}

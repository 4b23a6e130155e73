import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { InputField, SelectField, TextareaField } from '@/components/ui/field';
import { applyApiErrors } from '@/lib/form-errors';

import { createProjectInputSchema, toProjectBody, useCreateProject, type CreateProjectInput } from '../api/create-project';
import { STACKS, type Project } from '../types';

export const stackLabels: Record<(typeof STACKS)[number], string> = {
  'spring-boot': 'Spring Boot (Java)',
  'node-express': 'Node.js with Express',
  'react-vite': 'React with Vite',
};

export function CreateProjectForm({ onCreated }: { onCreated: (project: Project) => void }) {
  const [formError, setFormError] = useState<string>();
  const form = useForm<CreateProjectInput>({
    resolver: zodResolver(createProjectInputSchema),
    defaultValues: { name: '', description: '', stack: 'spring-boot', visibility: 'team' },
  });
  const create = useCreateProject({
    mutationConfig: {
      onSuccess: onCreated,
      onError: (error) => {
        setFormError(applyApiErrors(error, form.setError, ['name', 'description', 'stack', 'visibility']));
      },
    },
  });
  const errors = form.formState.errors;

  return (
    <form
      noValidate
      aria-label="New project"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
      onSubmit={form.handleSubmit((values) => {
        setFormError(undefined);
        create.mutate(toProjectBody(values));
      })}
    >
      {formError && <Alert tone="error">{formError}</Alert>}
      <InputField label="Name" autoComplete="off" hint="3 to 100 characters." error={errors.name?.message} {...form.register('name')} />
      <TextareaField label="Description (optional)" rows={3} hint="At most 2000 characters." error={errors.description?.message} {...form.register('description')} />
      <SelectField label="Stack" hint="What the code generator writes for this project." error={errors.stack?.message} {...form.register('stack')}>
        {STACKS.map((stack) => (
          <option key={stack} value={stack}>
            {stackLabels[stack]}
          </option>
        ))}
      </SelectField>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Visibility</legend>
        <div className="mt-1 space-y-1 text-sm text-slate-800">
          <label className="flex items-center gap-2">
            <input type="radio" value="team" {...form.register('visibility')} /> Team
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="private" {...form.register('visibility')} /> Private
          </label>
        </div>
        {errors.visibility?.message && <p className="text-sm text-red-700">{errors.visibility.message}</p>}
      </fieldset>
      <Button type="submit" className="w-full sm:w-auto" isLoading={create.isPending}>
        Create project
      </Button>
    </form>
  );
}

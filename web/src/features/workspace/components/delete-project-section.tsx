import { useId, useState } from 'react';
import { useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';

import { useDeleteProject } from '../api/delete-project';
import type { Project } from '../types';

/** Deleting cannot be undone and takes everything with it, so the owner types the project's name first. */
export function DeleteProjectSection({ project }: { project: Project }) {
  const headingId = useId();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const remove = useDeleteProject({
    mutationConfig: {
      onSuccess: () => {
        void navigate(paths.workspace.projects.getHref(), { replace: true });
      },
    },
  });
  const matches = typed.trim() === project.name;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-red-300 bg-white p-4 lg:col-span-2">
      <h2 id={headingId} className="text-lg font-semibold text-red-800">
        Delete this project
      </h2>
      <p className="mt-1 text-sm text-slate-800">
        This deletes its schemas, diagrams, generated code, deployments and documents for every member. It cannot be undone.
      </p>
      <form
        className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          if (matches) remove.mutate(project.id);
        }}
      >
        <InputField
          className="sm:w-80"
          label={`Type “${project.name}” to confirm`}
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
          }}
        />
        <Button type="submit" variant="danger" disabled={!matches} isLoading={remove.isPending}>
          Delete project
        </Button>
      </form>
      {remove.isError && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700">
          {errorMessage(remove.error)}
        </p>
      )}
    </section>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { STACKS, VISIBILITIES, type Project, type ProjectBody } from '../types';
import { workspaceKeys } from './workspace-keys';

/** The contract's rules for a project (docs/API.md): the server checks the same. */
export const projectNameSchema = z.string().trim().min(3, 'At least 3 characters').max(100, 'At most 100 characters');
export const projectDescriptionSchema = z.string().max(2000, 'At most 2000 characters');

export const createProjectInputSchema = z.object({
  name: projectNameSchema,
  description: projectDescriptionSchema,
  stack: z.enum(STACKS, 'Choose a stack'),
  visibility: z.enum(VISIBILITIES, 'Choose who can see it'),
});

export type CreateProjectInput = z.infer<typeof createProjectInputSchema>;

/** The body the API takes: an empty description left out. */
export function toProjectBody(input: CreateProjectInput): ProjectBody {
  const description = input.description.trim();
  return { name: input.name.trim(), stack: input.stack, visibility: input.visibility, ...(description ? { description } : {}) };
}

export function createProject(body: ProjectBody): Promise<Project> {
  return typedApi.post('/projects', { body }) as Promise<Project>;
}

export function useCreateProject({ mutationConfig }: { mutationConfig?: MutationConfig<typeof createProject> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: createProject,
    onSuccess: (project, body) => {
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.projects.all() });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.home() });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.dashboard() });
      onSuccess?.(project, body);
    },
    ...rest,
  });
}

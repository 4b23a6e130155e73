import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { Project, ProjectUpdate } from '../types';
import { projectDescriptionSchema, projectNameSchema } from './create-project';
import { workspaceKeys } from './workspace-keys';

export const updateProjectInputSchema = z.object({ name: projectNameSchema, description: projectDescriptionSchema });

export type UpdateProjectInput = z.infer<typeof updateProjectInputSchema>;

export type UpdateProjectVariables = { projectId: string; body: ProjectUpdate };

export function updateProject({ projectId, body }: UpdateProjectVariables): Promise<Project> {
  return typedApi.put('/projects/{id}', { path: { id: projectId }, body }) as Promise<Project>;
}

export function useUpdateProject({ mutationConfig }: { mutationConfig?: MutationConfig<typeof updateProject> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: updateProject,
    onSuccess: (project, variables) => {
      queryClient.setQueryData(workspaceKeys.projects.detail(project.id), project);
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.projects.all() });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.home() });
      onSuccess?.(project, variables);
    },
    ...rest,
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { ProjectSchema, SchemaBody } from '../types';
import { workspaceKeys } from './workspace-keys';

export type SaveSchemaVariables = { projectId: string; body: SchemaBody };

/** Each save is a new version. */
export function saveSchema({ projectId, body }: SaveSchemaVariables): Promise<ProjectSchema> {
  return typedApi.put('/projects/{id}/schema', { path: { id: projectId }, body }) as Promise<ProjectSchema>;
}

export function useSaveSchema({ mutationConfig }: { mutationConfig?: MutationConfig<typeof saveSchema> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: saveSchema,
    onSuccess: (schema, variables) => {
      queryClient.setQueryData(workspaceKeys.schema.current(variables.projectId), schema);
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.schema.versions(variables.projectId) });
      onSuccess?.(schema, variables);
    },
    ...rest,
  });
}

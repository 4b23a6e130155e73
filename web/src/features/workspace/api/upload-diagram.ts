import { useMutation, useMutationState, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { DiagramUpload, PublishedDiagram } from '../types';
import { workspaceKeys } from './workspace-keys';

/** The contract's limit on the decoded image. */
export const MAX_DIAGRAM_BYTES = 5 * 1024 * 1024;

export type UploadDiagramVariables = { projectId: string; body: DiagramUpload };

/** Sends the rendered diagram as base64; the server checks its type by content and publishes it in place of the one before. */
export async function uploadDiagram({ projectId, body }: UploadDiagramVariables): Promise<PublishedDiagram> {
  return (await typedApi.post('/architecture/{projectId}/diagram', { path: { projectId }, body })) as PublishedDiagram;
}

export function useUploadDiagram({ mutationConfig }: { mutationConfig?: MutationConfig<typeof uploadDiagram> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationKey: workspaceKeys.architecture.uploads(),
    mutationFn: uploadDiagram,
    onSuccess: (published, variables) => {
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.architecture.diagramUrl(variables.projectId) });
      onSuccess?.(published, variables);
    },
    ...rest,
  });
}

/** Whether an image of the project was published from this page since it loaded. */
export function usePublishedHere(projectId: string): boolean {
  const published = useMutationState({
    filters: {
      mutationKey: workspaceKeys.architecture.uploads(),
      status: 'success',
      predicate: (mutation) => (mutation.state.variables as UploadDiagramVariables | undefined)?.projectId === projectId,
    },
  });
  return published.length > 0;
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';

import type { DiagramUpload } from '../types';
import { workspaceApi } from './workspace-client';
import { workspaceKeys } from './workspace-keys';

/** The contract's limit on the decoded image. */
export const MAX_DIAGRAM_BYTES = 5 * 1024 * 1024;

export type UploadDiagramVariables = { projectId: string; body: DiagramUpload };

/** Sends the rendered diagram as base64; the server checks its type by content and keeps it in S3. */
export async function uploadDiagram({ projectId, body }: UploadDiagramVariables): Promise<void> {
  await workspaceApi.post<unknown>('/architecture/{projectId}/diagram', { path: { projectId }, body });
}

export function useUploadDiagram({ mutationConfig }: { mutationConfig?: MutationConfig<typeof uploadDiagram> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: uploadDiagram,
    onSuccess: (answer, variables) => {
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.architecture.diagramUrl(variables.projectId) });
      onSuccess?.(answer, variables);
    },
    ...rest,
  });
}

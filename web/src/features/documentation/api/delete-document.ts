import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { documentationKeys } from './documentation-keys';

export type DeleteDocumentVariables = { projectId: string; documentId: string };

/** Deletes the page, its versions and its attachments' files. */
export async function deleteDocument({ documentId }: DeleteDocumentVariables): Promise<void> {
  await typedApi.delete('/documentation/{documentId}', { path: { documentId } });
}

export function useDeleteDocument({ mutationConfig }: { mutationConfig?: MutationConfig<typeof deleteDocument> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: deleteDocument,
    onSuccess: (answer, variables) => {
      queryClient.removeQueries({ queryKey: documentationKeys.document(variables.documentId) });
      void queryClient.invalidateQueries({ queryKey: documentationKeys.list(variables.projectId) });
      onSuccess?.(answer, variables);
    },
    ...rest,
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { documentationKeys } from './documentation-keys';

export type DeleteAttachmentVariables = { documentId: string; attachmentId: string };

/** Removes the attachment and its stored file. */
export async function deleteAttachment({ documentId, attachmentId }: DeleteAttachmentVariables): Promise<void> {
  await typedApi.delete('/documentation/{documentId}/attachments/{attachmentId}', { path: { documentId, attachmentId } });
}

export function useDeleteAttachment({ mutationConfig }: { mutationConfig?: MutationConfig<typeof deleteAttachment> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: deleteAttachment,
    onSuccess: (answer, variables) => {
      void queryClient.invalidateQueries({ queryKey: documentationKeys.document(variables.documentId), exact: true });
      onSuccess?.(answer, variables);
    },
    ...rest,
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { Document, DocumentBody } from '../types';
import { documentationKeys } from './documentation-keys';

export type UpdateDocumentVariables = { documentId: string; body: DocumentBody };

/** Saves the page as its next version. */
export async function updateDocument({ documentId, body }: UpdateDocumentVariables): Promise<Document> {
  return (await typedApi.put('/documentation/{documentId}', { path: { documentId }, body })) as Document;
}

export function useUpdateDocument({ mutationConfig }: { mutationConfig?: MutationConfig<typeof updateDocument> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: updateDocument,
    onSuccess: (document, variables) => {
      queryClient.setQueryData(documentationKeys.document(document.id), document);
      void queryClient.invalidateQueries({ queryKey: documentationKeys.versions(document.id) });
      void queryClient.invalidateQueries({ queryKey: documentationKeys.list(document.projectId) });
      onSuccess?.(document, variables);
    },
    ...rest,
  });
}

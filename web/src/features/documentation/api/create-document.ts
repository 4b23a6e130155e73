import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { Document, DocumentBody } from '../types';
import { utf8Length } from '../utils/size';
import { documentationKeys } from './documentation-keys';

/** The contract's limit on a page's markdown, in UTF-8 bytes. */
export const MAX_CONTENT_BYTES = 200 * 1024;

/** The page form's checks, mirroring the server's (docs/API.md Documentation). */
export const documentInputSchema = z.object({
  title: z.string().trim().min(1, 'Give the page a title').max(200, 'At most 200 characters'),
  content: z.string().refine((content) => utf8Length(content) <= MAX_CONTENT_BYTES, 'At most 200 KB of markdown'),
});

export type DocumentInput = z.infer<typeof documentInputSchema>;

export type CreateDocumentVariables = { projectId: string; body: DocumentBody };

/** A new page, version 1. */
export async function createDocument({ projectId, body }: CreateDocumentVariables): Promise<Document> {
  return (await typedApi.post('/projects/{projectId}/documents', { path: { projectId }, body })) as Document;
}

export function useCreateDocument({ mutationConfig }: { mutationConfig?: MutationConfig<typeof createDocument> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: createDocument,
    onSuccess: (document, variables) => {
      queryClient.setQueryData(documentationKeys.document(document.id), document);
      void queryClient.invalidateQueries({ queryKey: documentationKeys.list(variables.projectId) });
      onSuccess?.(document, variables);
    },
    ...rest,
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { blobToBase64 } from '@/lib/base64';
import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { Attachment } from '../types';
import { documentationKeys } from './documentation-keys';

/** The contract's limit on an attachment, checked before anything is sent. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export type UploadAttachmentVariables = { documentId: string; file: File };

/** What the server is told the file is; it checks that by content and refuses a file that is not what it says. */
export function declaredType(file: File): string {
  return file.type || 'application/octet-stream';
}

/** Sends the file as base64; the server stores it beside the page and answers with its details (201). */
export async function uploadAttachment({ documentId, file }: UploadAttachmentVariables): Promise<Attachment> {
  const body = { fileName: file.name, fileData: await blobToBase64(file), contentType: declaredType(file) };
  return (await typedApi.post('/documentation/{documentId}/attachments', { path: { documentId }, body })) as Attachment;
}

export function useUploadAttachment({ mutationConfig }: { mutationConfig?: MutationConfig<typeof uploadAttachment> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: uploadAttachment,
    onSuccess: (attachment, variables) => {
      void queryClient.invalidateQueries({ queryKey: documentationKeys.document(variables.documentId), exact: true });
      onSuccess?.(attachment, variables);
    },
    ...rest,
  });
}

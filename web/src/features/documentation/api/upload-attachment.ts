import { useMutation, useQueryClient } from '@tanstack/react-query';

import { blobToBase64 } from '@/lib/base64';
import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';
import { uploadWithProgress } from '@/lib/upload';

import type { Attachment, AttachmentUploadUrl } from '../types';
import { documentationKeys } from './documentation-keys';

/** The contract's limit on an attachment, checked before anything is sent. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * Files up to this size go as base64 in one request; larger ones straight to storage through a
 * presigned PUT (a third smaller than base64, and with progress), then confirmed.
 */
export const BASE64_UPLOAD_BYTES = 1024 * 1024;

/** `contentType`: the type the file is stored as (from its name, see attachmentType). */
export type UploadAttachmentVariables = { documentId: string; file: File; contentType: string; onProgress?: (fraction: number) => void };

async function viaPresignedUrl({ documentId, file, contentType, onProgress }: UploadAttachmentVariables): Promise<Attachment> {
  const upload = (await typedApi.post('/documentation/{documentId}/attachments/upload-url', {
    path: { documentId },
    body: { fileName: file.name, contentType },
  })) as AttachmentUploadUrl;
  await uploadWithProgress(upload.uploadUrl, file, upload.contentType, onProgress ?? (() => undefined));
  // Only the confirmation attaches it, after the server checked what was uploaded.
  return (await typedApi.post('/documentation/{documentId}/attachments/confirm', { path: { documentId }, body: { uploadId: upload.uploadId } })) as Attachment;
}

/** Attaches the file to the page; the server checks its content against its type and answers with its details (201). */
export async function uploadAttachment(variables: UploadAttachmentVariables): Promise<Attachment> {
  const { documentId, file, contentType } = variables;
  if (file.size > BASE64_UPLOAD_BYTES) return viaPresignedUrl(variables);
  const body = { fileName: file.name, fileData: await blobToBase64(file), contentType };
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

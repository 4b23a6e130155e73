import { useMutation } from '@tanstack/react-query';

import { typedApi } from '@/lib/typed-api';

import type { SignedUrl } from '../types';

export type DownloadAttachmentVariables = { documentId: string; attachmentId: string };

/** A presigned address of the file, valid for a few minutes; the storage answers it as an attachment. */
export async function getAttachmentUrl({ documentId, attachmentId }: DownloadAttachmentVariables): Promise<SignedUrl> {
  return (await typedApi.get('/documentation/{documentId}/attachments/{attachmentId}/url', { path: { documentId, attachmentId } })) as SignedUrl;
}

/**
 * Asks for a fresh address on each click (they expire) and goes there: the storage sends the file
 * with `Content-Disposition: attachment`, so the browser saves it and the console stays open.
 */
export async function downloadAttachment(variables: DownloadAttachmentVariables): Promise<SignedUrl> {
  const signed = await getAttachmentUrl(variables);
  window.location.assign(signed.url);
  return signed;
}

export function useDownloadAttachment() {
  return useMutation({ mutationFn: downloadAttachment });
}

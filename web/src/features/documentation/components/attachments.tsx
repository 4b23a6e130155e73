import { useRef, useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { errorMessage } from '@/lib/api-client';
import { formatBytes } from '@/lib/format';

import { useDeleteAttachment } from '../api/delete-attachment';
import { useDownloadAttachment } from '../api/download-attachment';
import { MAX_ATTACHMENT_BYTES, useUploadAttachment } from '../api/upload-attachment';
import type { Attachment } from '../types';
import { ACCEPTED_EXTENSIONS, attachmentType } from '../utils/attachment-types';

function AttachmentRow({ documentId, attachment, editable }: { documentId: string; attachment: Attachment; editable: boolean }) {
  const download = useDownloadAttachment();
  const remove = useDeleteAttachment();
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
      <span className="min-w-0 break-all">
        <span className="font-medium">{attachment.fileName}</span>{' '}
        <span className="text-sm text-slate-700">
          {attachment.contentType}, {formatBytes(attachment.sizeBytes)}
        </span>
        {download.isError && <span className="block text-sm text-red-700" role="alert">{errorMessage(download.error)}</span>}
      </span>
      <span className="flex gap-2">
        <Button
          variant="secondary"
          size="sm"
          isLoading={download.isPending}
          aria-label={`Download ${attachment.fileName}`}
          onClick={() => { download.mutate({ documentId, attachmentId: attachment.id }); }}
        >
          Download
        </Button>
        {editable && (
          <ConfirmActionButton
            label="Delete"
            ariaLabel={`Delete ${attachment.fileName}`}
            title={`Delete ${attachment.fileName}?`}
            confirmLabel="Delete attachment"
            cancelLabel="Keep it"
            action={remove}
            run={(close) => { remove.mutate({ documentId, attachmentId: attachment.id }, { onSuccess: close }); }}
            errorText={errorMessage}
          >
            The file is removed from storage for good.
          </ConfirmActionButton>
        )}
      </span>
    </li>
  );
}

function UploadForm({ documentId }: { documentId: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [progress, setProgress] = useState<number>();
  const upload = useUploadAttachment({
    mutationConfig: {
      onSuccess: (attachment) => {
        setProgress(undefined);
        setNotice(`Attached ${attachment.fileName} (${formatBytes(attachment.sizeBytes)}).`);
        if (input.current) input.current.value = '';
      },
      onError: (error) => {
        setProgress(undefined);
        setProblem(errorMessage(error));
      },
    },
  });
  return (
    <form
      noValidate
      aria-label="Attach a file"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        setProblem(undefined);
        setNotice(undefined);
        const file = input.current?.files?.[0];
        if (!file) {
          setProblem('Choose a file first.');
          return;
        }
        // The server refuses larger files after they were sent; saying so here saves the wait.
        if (file.size > MAX_ATTACHMENT_BYTES) {
          setProblem(`${file.name} is larger than ${formatBytes(MAX_ATTACHMENT_BYTES)}, the most an attachment may be.`);
          return;
        }
        const contentType = attachmentType(file.name);
        if (!contentType) {
          setProblem(`${file.name} cannot be attached: only files ending in ${ACCEPTED_EXTENSIONS.replaceAll(',', ', ')} are kept.`);
          return;
        }
        upload.mutate({ documentId, file, contentType, onProgress: setProgress });
      }}
    >
      <div className="min-w-0 space-y-1">
        <label htmlFor={`attachment-${documentId}`} className="block text-sm font-medium text-slate-800">
          File to attach
        </label>
        <input
          id={`attachment-${documentId}`}
          ref={input}
          type="file"
          accept={ACCEPTED_EXTENSIONS}
          aria-describedby={`attachment-${documentId}-hint`}
          className="block max-w-full text-sm text-slate-900 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2"
        />
        <p id={`attachment-${documentId}-hint`} className="text-sm text-slate-600">
          Images, PDF, text, Markdown, CSV, JSON or ZIP, at most {formatBytes(MAX_ATTACHMENT_BYTES)}; the content must be what the name says.
        </p>
      </div>
      <Button type="submit" variant="secondary" isLoading={upload.isPending}>
        Upload
      </Button>
      <div className="w-full space-y-2">
        {upload.isPending && progress !== undefined && <ProgressBar value={progress} label="Upload progress" />}
        {problem && <Alert tone="error">{problem}</Alert>}
        {notice && <Alert tone="success">{notice}</Alert>}
      </div>
    </form>
  );
}

/** The files kept with a page: each downloads through a short-lived address; editors add and remove them. */
export function Attachments({ documentId, attachments, editable }: { documentId: string; attachments: Attachment[]; editable: boolean }) {
  return (
    <div className="space-y-4">
      {attachments.length === 0 ? (
        <p className="text-sm text-slate-700">No attachments.</p>
      ) : (
        <ul aria-label="Attachments" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {attachments.map((attachment) => (
            <AttachmentRow key={attachment.id} documentId={documentId} attachment={attachment} editable={editable} />
          ))}
        </ul>
      )}
      {editable && <UploadForm documentId={documentId} />}
    </div>
  );
}

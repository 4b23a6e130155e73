import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';

import { useDownloadUrl } from '../api/get-download-url';
import { useGeneration } from '../api/get-generation';
import { formatBytes, isGenerationActive } from '../utils/status';
import { StatusBadge } from './status-badge';

/** One generation, followed live until it is READY or FAILED: its files, size, and a download link. */
export function GenerationDetails({ generationId }: { generationId: string }) {
  const generation = useGeneration({ generationId });
  const download = useDownloadUrl();
  if (generation.isPending) return <LoadingState label="Loading the generation" />;
  if (generation.isError) return <ErrorState title="Could not load the generation" error={generation.error} onRetry={() => void generation.refetch()} />;
  const { status, files, sizeBytes, error, schemaVersion, completedAt } = generation.data;
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <p className="flex flex-wrap items-center gap-2" aria-live="polite">
        Status: <StatusBadge status={status} />
        {isGenerationActive(status) && <span className="text-sm text-slate-700">This updates by itself.</span>}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Schema version</dt>
        <dd>{schemaVersion}</dd>
        {sizeBytes !== undefined && status === 'READY' && (
          <>
            <dt className="text-slate-600">Archive size</dt>
            <dd>{formatBytes(sizeBytes)}</dd>
          </>
        )}
        {completedAt && (
          <>
            <dt className="text-slate-600">Finished</dt>
            <dd>{formatDateTime(completedAt)}</dd>
          </>
        )}
      </dl>
      {status === 'FAILED' && <Alert tone="error" title="The generation failed">{error ?? 'No reason was given.'}</Alert>}
      {status === 'READY' && (
        <div className="space-y-2">
          {download.data ? (
            <p className="text-sm">
              {/* The address answers as an attachment named after the project. */}
              <a className="font-medium text-blue-800 underline" href={download.data.url}>
                Download the zip
              </a>{' '}
              <span className="text-slate-700">(the link works until {formatDateTime(download.data.expiresAt)})</span>
            </p>
          ) : (
            <Button variant="secondary" size="sm" isLoading={download.isPending} onClick={() => { download.mutate(generationId); }}>
              Get download link
            </Button>
          )}
          {download.isError && <p role="alert" className="text-sm text-red-700">{errorMessage(download.error)}</p>}
        </div>
      )}
      {files.length > 0 && (
        <details open={files.length <= 20}>
          <summary className="cursor-pointer text-sm font-medium text-slate-900">{files.length} files</summary>
          {/* Focusable, so a keyboard scrolls a long list. */}
          <ul aria-label="Generated files" tabIndex={0} className="mt-2 max-h-72 overflow-auto rounded border border-slate-200 bg-slate-50 p-2 font-mono text-xs">
            {files.map((file) => (
              <li key={file} className="break-all">
                {file}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

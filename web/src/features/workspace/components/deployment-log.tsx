import { useEffect, useRef } from 'react';

import { ErrorState, LoadingState } from '@/components/ui/states';

import { useDeploymentLog } from '../api/get-deployment-logs';

/**
 * The build and run log, followed every `refetchMs` until the deployment is over; it sticks to the
 * bottom unless the reader scrolled up.
 */
export function DeploymentLog({ deploymentId, refetchMs }: { deploymentId: string; refetchMs: number | false }) {
  const log = useDeploymentLog({ deploymentId, refetchMs });
  const live = refetchMs !== false;
  const box = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const count = log.data?.lines.length ?? 0;
  useEffect(() => {
    const element = box.current;
    if (element && atBottom.current) element.scrollTop = element.scrollHeight;
  }, [count]);

  if (log.isPending) return <LoadingState label="Loading the log" />;
  if (log.isError && !log.data) return <ErrorState title="Could not load the log" error={log.error} onRetry={() => void log.refetch()} />;
  return (
    <div
      ref={box}
      role="log"
      aria-label="Deployment log"
      tabIndex={0}
      className="max-h-[28rem] overflow-auto rounded-lg bg-slate-900 p-3 font-mono text-xs text-slate-100"
      onScroll={(event) => {
        const element = event.currentTarget;
        atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 24;
      }}
    >
      {log.data.lines.length === 0 ? (
        <p className="text-slate-300">{live ? 'Waiting for the first lines…' : 'The log is empty.'}</p>
      ) : (
        <ol>
          {log.data.lines.map((line) => (
            <li key={line.seq} className="whitespace-pre-wrap break-all">
              {line.text}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

import { useId, useState } from 'react';

import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';

import { useDiscardDeadLetter } from '../api/discard-dead-letter';
import { useRedriveDeadLetter } from '../api/redrive-dead-letter';
import type { DeadLetter } from '../types';

export function DeadLetterRow({ letter }: { letter: DeadLetter }) {
  const detailsId = useId();
  const [expanded, setExpanded] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const redrive = useRedriveDeadLetter();
  const discard = useDiscardDeadLetter({
    mutationConfig: {
      onSuccess: () => {
        setConfirmDiscard(false);
      },
    },
  });
  const failure = redrive.error ?? discard.error;

  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium text-slate-900">
            Order <span className="break-all font-mono text-sm">{letter.orderId}</span>
          </p>
          <p className="text-sm text-slate-700">
            Failed {letter.receiveCount} {letter.receiveCount === 1 ? 'time' : 'times'}, first on {formatDateTime(letter.firstFailedAt)}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            variant="ghost"
            aria-expanded={expanded}
            aria-controls={detailsId}
            onClick={() => {
              setExpanded((value) => !value);
            }}
          >
            {expanded ? 'Hide details' : 'Inspect'}
          </Button>
          <Button size="sm" variant="secondary" isLoading={redrive.isPending} onClick={() => { redrive.mutate({ id: letter.id }); }}>
            Redrive
          </Button>
          <Button size="sm" variant="danger" onClick={() => { discard.reset(); setConfirmDiscard(true); }}>
            Discard
          </Button>
        </div>
      </div>
      {expanded && (
        <div id={detailsId} className="mt-3 space-y-1 text-sm">
          <p className="font-medium text-slate-800">Last error</p>
          <pre className="overflow-x-auto whitespace-pre-wrap break-words rounded-md bg-slate-100 p-3 text-slate-900">{letter.error}</pre>
          <p className="text-slate-700">
            Message id <span className="break-all font-mono">{letter.id}</span>
          </p>
        </div>
      )}
      {failure && !confirmDiscard && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {errorMessage(failure)}
        </p>
      )}
      <ConfirmDialog
        open={confirmDiscard}
        title="Discard this dead letter?"
        confirmLabel="Discard"
        isPending={discard.isPending}
        onCancel={() => {
          setConfirmDiscard(false);
        }}
        onConfirm={() => {
          discard.mutate({ id: letter.id });
        }}
      >
        <p>The message is deleted. Its order stays as it is and will not be processed again.</p>
        {discard.isError && <p className="mt-2 font-medium text-red-700">{errorMessage(discard.error)}</p>}
      </ConfirmDialog>
    </li>
  );
}

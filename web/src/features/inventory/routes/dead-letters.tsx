import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ListStates } from '@/components/ui/list-states';
import { PageHeader } from '@/components/ui/page-header';
import { QueryPagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/states';
import { useTokenPagination } from '@/hooks/use-token-pagination';
import { errorMessage } from '@/lib/api-client';

import { useDeadLetters } from '../api/get-dead-letters';
import { useRedriveAllDeadLetters } from '../api/redrive-all-dead-letters';
import { DeadLetterRow } from '../components/dead-letter-row';

export function DeadLettersRoute() {
  const pagination = useTokenPagination('dead-letters');
  const query = useDeadLetters({ nextToken: pagination.token });
  const [confirmAll, setConfirmAll] = useState(false);
  const [redriven, setRedriven] = useState<number>();
  const redriveAll = useRedriveAllDeadLetters({
    mutationConfig: {
      onSuccess: (answer) => {
        setConfirmAll(false);
        setRedriven(answer.redriven);
      },
    },
  });
  const hasLetters = (query.data?.items.length ?? 0) > 0;

  return (
    <>
      <PageHeader
        title="Dead letters"
        description="Orders whose processing failed three times. Inspect the error, then send them through again or discard them."
        actions={
          <Button variant="secondary" disabled={!hasLetters} onClick={() => { redriveAll.reset(); setConfirmAll(true); }}>
            Redrive all
          </Button>
        }
      />
      {redriven !== undefined && (
        <Alert tone="success" className="mb-4">
          {redriven} {redriven === 1 ? 'message was' : 'messages were'} sent back to the order queue.
        </Alert>
      )}
      <ListStates
        query={query}
        loadingLabel="Loading dead letters"
        errorTitle="Could not load dead letters"
        empty={<EmptyState title="No dead letters">Every order went through the pipeline.</EmptyState>}
      >
        {(letters) => (
          <ul aria-label="Dead letters" className="space-y-3">
            {letters.map((letter) => (
              <DeadLetterRow key={letter.id} letter={letter} />
            ))}
          </ul>
        )}
      </ListStates>
      <QueryPagination label="Dead-letter pages" pagination={pagination} query={query} />
      <ConfirmDialog
        open={confirmAll}
        title="Redrive every dead letter?"
        confirmLabel="Redrive all"
        tone="primary"
        isPending={redriveAll.isPending}
        onCancel={() => {
          setConfirmAll(false);
        }}
        onConfirm={() => {
          redriveAll.mutate();
        }}
      >
        <p>Every message goes back to the order queue and its order is processed again.</p>
        {redriveAll.isError && <p className="mt-2 font-medium text-red-700">{errorMessage(redriveAll.error)}</p>}
      </ConfirmDialog>
    </>
  );
}

import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage, isApiError } from '@/lib/api-client';

import { useDeleteCustomer } from '../api/delete-customer';

export function DeleteCustomerButton({ customerId }: { customerId: string }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteCustomer({
    mutationConfig: {
      onSuccess: () => {
        setOpen(false);
      },
    },
  });
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        aria-label={`Delete customer ${customerId}`}
        onClick={() => {
          remove.reset();
          setOpen(true);
        }}
      >
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        title="Delete this customer?"
        confirmLabel="Delete customer"
        cancelLabel="Keep customer"
        isPending={remove.isPending}
        onCancel={() => {
          setOpen(false);
        }}
        onConfirm={() => {
          remove.mutate({ customerId });
        }}
      >
        <p>
          <strong className="break-all font-mono">{customerId}</strong> will be removed from the registry. Its id can then be registered again.
        </p>
        {remove.isError && (
          <p className="mt-2 font-medium text-red-700">
            {isApiError(remove.error, 'NOT_FOUND') ? 'This customer was already deleted.' : errorMessage(remove.error)}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}

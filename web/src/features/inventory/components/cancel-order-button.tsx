import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage, isApiError } from '@/lib/api-client';

import { useCancelOrder } from '../api/cancel-order';

export function CancelOrderButton({ orderId, productName, size = 'sm' }: { orderId: string; productName: string; size?: 'sm' | 'md' }) {
  const [open, setOpen] = useState(false);
  const cancel = useCancelOrder({
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
        size={size}
        aria-label={`Cancel order for ${productName}`}
        onClick={() => {
          cancel.reset();
          setOpen(true);
        }}
      >
        Cancel
      </Button>
      <ConfirmDialog
        open={open}
        title="Cancel this order?"
        confirmLabel="Cancel order"
        cancelLabel="Keep order"
        isPending={cancel.isPending}
        onCancel={() => {
          setOpen(false);
        }}
        onConfirm={() => {
          cancel.mutate({ orderId });
        }}
      >
        <p>
          Your order for <strong>{productName}</strong> will be cancelled and its items go back into stock.
        </p>
        {cancel.isError && (
          <p className="mt-2 font-medium text-red-700">
            {isApiError(cancel.error, 'CONFLICT') ? 'This order can no longer be cancelled: it was already cancelled.' : errorMessage(cancel.error)}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}

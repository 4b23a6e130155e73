import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { errorMessage, isApiError } from '@/lib/api-client';

import { useCancelOrder } from '../api/cancel-order';

export function CancelOrderButton({ orderId, productName, size = 'sm' }: { orderId: string; productName: string; size?: 'sm' | 'md' }) {
  const cancel = useCancelOrder();
  return (
    <ConfirmActionButton
      label="Cancel"
      ariaLabel={`Cancel order for ${productName}`}
      title="Cancel this order?"
      confirmLabel="Cancel order"
      cancelLabel="Keep order"
      size={size}
      action={cancel}
      run={(close) => {
        cancel.mutate({ orderId }, { onSuccess: close });
      }}
      errorText={(error) =>
        isApiError(error, 'CONFLICT') ? 'This order can no longer be cancelled: it was already cancelled.' : errorMessage(error)
      }
    >
      <p>
        Your order for <strong>{productName}</strong> will be cancelled and its items go back into stock.
      </p>
    </ConfirmActionButton>
  );
}

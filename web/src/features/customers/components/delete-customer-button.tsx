import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { errorMessage, isApiError } from '@/lib/api-client';

import { useDeleteCustomer } from '../api/delete-customer';

export function DeleteCustomerButton({ customerId }: { customerId: string }) {
  const remove = useDeleteCustomer();
  return (
    <ConfirmActionButton
      label="Delete"
      ariaLabel={`Delete customer ${customerId}`}
      title="Delete this customer?"
      confirmLabel="Delete customer"
      cancelLabel="Keep customer"
      action={remove}
      run={(close) => {
        remove.mutate({ customerId }, { onSuccess: close });
      }}
      errorText={(error) => (isApiError(error, 'NOT_FOUND') ? 'This customer was already deleted.' : errorMessage(error))}
    >
      <p>
        <strong className="break-all font-mono">{customerId}</strong> will be removed from the registry. Its id can then be registered again.
      </p>
    </ConfirmActionButton>
  );
}

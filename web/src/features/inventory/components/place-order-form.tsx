import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { isApiError } from '@/lib/api-client';
import { formatCents } from '@/lib/format';
import { applyApiErrors } from '@/lib/form-errors';
import { newId } from '@/lib/ids';

import { placeOrderInputSchema, usePlaceOrder } from '../api/place-order';
import type { Order } from '../types';

export type OrderableProduct = { id: string; name: string; price: number; quantity: number };

function quantitySchema(max: number) {
  return z.object({
    quantity: placeOrderInputSchema.shape.quantity.max(max, max === 0 ? 'This product is out of stock' : `Only ${max} in stock`),
  });
}

type FormValues = { quantity: number };

export function PlaceOrderForm({ product, onSuccess }: { product: OrderableProduct; onSuccess: (order: Order) => void }) {
  // What the server last said is available, which may be less than the page showed.
  const [available, setAvailable] = useState(product.quantity);
  const [formError, setFormError] = useState<string>();
  const [stockNote, setStockNote] = useState<string>();
  // One key per intended order: a resubmission after a network failure reuses it.
  const [idempotencyKey, setIdempotencyKey] = useState(newId);
  const schema = useMemo(() => quantitySchema(available), [available]);
  const form = useForm<FormValues>({ resolver: zodResolver(schema), defaultValues: { quantity: 1 } });
  const quantity = form.watch('quantity');
  const placeOrder = usePlaceOrder({
    mutationConfig: {
      onSuccess: (order) => {
        setIdempotencyKey(newId());
        onSuccess(order);
      },
      onError: (error, variables) => {
        if (isApiError(error, 'INSUFFICIENT_STOCK')) {
          const left = error.detailNumber('available') ?? 0;
          setAvailable(left);
          setIdempotencyKey(newId());
          setStockNote(
            left === 0
              ? 'Sorry, this product has just sold out.'
              : `Only ${left} ${left === 1 ? 'is' : 'are'} available now, you asked for ${error.detailNumber('requested') ?? variables.input.quantity}. Lower the quantity and try again.`,
          );
          form.setValue('quantity', Math.max(1, Math.min(variables.input.quantity, left)));
          return;
        }
        setFormError(applyApiErrors(error, form.setError, ['quantity']));
      },
    },
  });

  const total = Number.isFinite(quantity) && quantity > 0 ? quantity * product.price : 0;
  const soldOut = available === 0;

  return (
    <form
      noValidate
      aria-label={`Order ${product.name}`}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
      onSubmit={form.handleSubmit((values) => {
        setFormError(undefined);
        setStockNote(undefined);
        placeOrder.mutate({ input: { productId: product.id, quantity: values.quantity }, idempotencyKey });
      })}
    >
      <h2 className="text-lg font-semibold text-slate-900">Order</h2>
      {formError && <Alert tone="error">{formError}</Alert>}
      {stockNote && (
        <Alert tone="warning" title="Not enough stock">
          {stockNote}
        </Alert>
      )}
      <InputField
        label="Quantity"
        type="number"
        inputMode="numeric"
        min={1}
        max={Math.max(available, 1)}
        step={1}
        disabled={soldOut}
        hint={soldOut ? undefined : `Up to ${available}`}
        error={form.formState.errors.quantity?.message}
        {...form.register('quantity', { valueAsNumber: true })}
      />
      <p className="text-slate-800" aria-live="polite">
        Total: <strong className="text-lg">{formatCents(total)}</strong>
      </p>
      <Button type="submit" className="w-full sm:w-auto" disabled={soldOut} isLoading={placeOrder.isPending}>
        {soldOut ? 'Out of stock' : 'Place order'}
      </Button>
    </form>
  );
}

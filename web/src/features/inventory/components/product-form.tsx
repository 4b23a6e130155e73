import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { InputField, SelectField, TextareaField } from '@/components/ui/field';
import { isApiError } from '@/lib/api-client';
import { centsToAmount, parseAmountToCents } from '@/lib/format';
import { applyApiErrors } from '@/lib/form-errors';

import { createProductInputSchema, type CreateProductInput } from '../api/create-product';
import type { UpdateProductInput } from '../api/update-product';

import { categoryLabel } from './stock-badge';
import { CATEGORIES, type Product } from '../types';

/** The editor's text fields, checked with the API's own rules once converted. */
export const productFormSchema = createProductInputSchema.extend({
  category: z.union([z.literal(''), createProductInputSchema.shape.category]).refine((value) => value !== '', 'Choose a category'),
  price: z
    .string()
    .trim()
    .refine((value) => (parseAmountToCents(value) ?? 0) > 0, 'Enter a price above zero, like 19.99'),
  quantity: z.string().trim().regex(/^\d+$/, 'Enter a whole number, 0 or more'),
  imageUrl: z.union([z.literal(''), createProductInputSchema.shape.imageUrl.unwrap()]),
});

export type ProductFormValues = z.input<typeof productFormSchema>;

const FIELDS = ['name', 'description', 'category', 'price', 'quantity', 'sku', 'imageUrl'] as const;

export function productToFormValues(product?: Product): ProductFormValues {
  return {
    name: product?.name ?? '',
    description: product?.description ?? '',
    category: product?.category ?? '',
    price: product ? centsToAmount(product.price) : '',
    quantity: product ? String(product.quantity) : '0',
    sku: product?.sku ?? '',
    imageUrl: product?.imageUrl ?? '',
  };
}

export function formValuesToInput(values: ProductFormValues): CreateProductInput {
  return createProductInputSchema.parse({
    name: values.name,
    description: values.description,
    category: values.category,
    price: parseAmountToCents(values.price),
    quantity: Number(values.quantity),
    sku: values.sku,
    imageUrl: values.imageUrl === '' ? undefined : values.imageUrl,
  });
}

type ProductFormProps = {
  defaultValues: ProductFormValues;
  submitLabel: string;
  /** Create sends every field; edit sends only the changed ones. */
  mode: 'create' | 'edit';
  onSubmit: (input: CreateProductInput | UpdateProductInput) => Promise<unknown>;
  /** The server answered 409 CONFLICT: the product changed since it was loaded. */
  onConflict?: () => void;
};

export function ProductForm({ defaultValues, submitLabel, mode, onSubmit, onConflict }: ProductFormProps) {
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const form = useForm<ProductFormValues>({ resolver: zodResolver(productFormSchema), defaultValues });
  const { errors, dirtyFields, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    setSaved(false);
    const full = formValuesToInput(values);
    let input: CreateProductInput | UpdateProductInput = full;
    if (mode === 'edit') {
      const changed: UpdateProductInput = {};
      for (const field of FIELDS) {
        if (dirtyFields[field] && !(field === 'imageUrl' && full.imageUrl === undefined)) {
          Object.assign(changed, { [field]: full[field] });
        }
      }
      if (Object.keys(changed).length === 0) {
        setFormError('Nothing changed yet.');
        return;
      }
      input = changed;
    }
    try {
      await onSubmit(input);
      form.reset(values);
      setSaved(mode === 'edit');
    } catch (error) {
      if (isApiError(error, 'CONFLICT') && onConflict) {
        onConflict();
      } else if (isApiError(error, 'DUPLICATE_ENTRY')) {
        form.setError('sku', { type: 'server', message: 'Another product already uses this SKU' }, { shouldFocus: true });
      } else {
        setFormError(applyApiErrors(error, form.setError, FIELDS));
      }
    }
  });

  return (
    <form noValidate className="space-y-4" onSubmit={(event) => void submit(event)}>
      {formError && <Alert tone="error">{formError}</Alert>}
      {saved && <Alert tone="success">Changes saved.</Alert>}
      <InputField label="Name" error={errors.name?.message} {...form.register('name')} />
      <TextareaField label="Description" rows={4} error={errors.description?.message} {...form.register('description')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Category" error={errors.category?.message} {...form.register('category')}>
          <option value="">Choose…</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </SelectField>
        <InputField label="SKU" autoCapitalize="characters" error={errors.sku?.message} {...form.register('sku')} />
        <InputField label="Price" inputMode="decimal" hint="In dollars, e.g. 19.99" error={errors.price?.message} {...form.register('price')} />
        <InputField label="Quantity in stock" inputMode="numeric" error={errors.quantity?.message} {...form.register('quantity')} />
      </div>
      <InputField label="Image URL (optional)" type="url" error={errors.imageUrl?.message} {...form.register('imageUrl')} />
      <Button type="submit" isLoading={isSubmitting}>
        {submitLabel}
      </Button>
    </form>
  );
}

import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader } from '@/components/ui/page-header';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';

import { useDeleteProduct } from '../api/delete-product';
import { useProduct } from '../api/get-product';
import { useUpdateProduct } from '../api/update-product';
import { ImageUpload } from '../components/image-upload';
import { ProductForm, productToFormValues } from '../components/product-form';

export function ProductEditRoute() {
  const { productId = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const created = typeof location.state === 'object' && location.state !== null && (location.state as { created?: boolean }).created === true;
  const query = useProduct({ productId });
  // The version the form was filled from: If-Match sends it, so a concurrent edit is caught.
  const [baseline, setBaseline] = useState<{ etag: string | undefined; formKey: number }>();
  const [conflict, setConflict] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const updateProduct = useUpdateProduct();
  const deleteProduct = useDeleteProduct({
    mutationConfig: {
      onSuccess: () => {
        void navigate(paths.products.list.getHref(), { replace: true });
      },
    },
  });

  if (query.isPending) return <LoadingState label="Loading product" />;
  if (query.isError) return <ErrorState title="Could not load this product" error={query.error} onRetry={() => void query.refetch()} />;

  const { product, etag } = query.data;
  const editing = baseline ?? { etag, formKey: 0 };

  const reloadLatest = async () => {
    const fresh = await query.refetch();
    if (fresh.data) {
      setBaseline({ etag: fresh.data.etag, formKey: editing.formKey + 1 });
      setConflict(false);
    }
  };

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader
        title={`Edit ${product.name}`}
        actions={
          <>
            <Link className="inline-flex min-h-11 items-center px-2 text-sm text-blue-800 underline" to={paths.products.detail.getHref(product.id)}>
              View product
            </Link>
            <Button
              variant="danger"
              onClick={() => {
                setConfirmDelete(true);
              }}
            >
              Delete
            </Button>
          </>
        }
      />
      {created && <Alert tone="success">Product created. Add an image below if you like.</Alert>}
      {conflict && (
        <Alert tone="warning" title="Someone else changed this product">
          <p>It was updated after you opened it, so your changes were not saved (nothing was overwritten). Load the latest version, then make your changes again.</p>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => void reloadLatest()} isLoading={query.isFetching}>
            Load the latest version
          </Button>
        </Alert>
      )}
      <div className="rounded-lg border border-slate-200 bg-white p-5">
        <ProductForm
          key={editing.formKey}
          mode="edit"
          submitLabel="Save changes"
          defaultValues={productToFormValues(product)}
          onSubmit={async (input) => {
            const answer = await updateProduct.mutateAsync({ productId: product.id, data: input, etag: editing.etag });
            setBaseline({ etag: answer.etag, formKey: editing.formKey });
          }}
          onConflict={() => {
            setConflict(true);
          }}
        />
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-5">
        <ImageUpload
          productId={product.id}
          imageUrl={product.imageUrl}
          onUploaded={(newEtag) => {
            setBaseline((current) => ({ etag: newEtag, formKey: current?.formKey ?? 0 }));
          }}
        />
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title={`Delete ${product.name}?`}
        confirmLabel="Delete product"
        isPending={deleteProduct.isPending}
        onCancel={() => {
          setConfirmDelete(false);
          deleteProduct.reset();
        }}
        onConfirm={() => {
          deleteProduct.mutate({ productId: product.id });
        }}
      >
        <p>The product leaves the catalogue for good. Existing orders keep their copy of its name and price.</p>
        {deleteProduct.isError && <p className="mt-2 font-medium text-red-700">{errorMessage(deleteProduct.error)}</p>}
      </ConfirmDialog>
    </div>
  );
}

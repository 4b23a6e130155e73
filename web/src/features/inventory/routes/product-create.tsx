import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';

import { useCreateProduct, type CreateProductInput } from '../api/create-product';
import { ProductForm, productToFormValues } from '../components/product-form';

export function ProductCreateRoute() {
  const navigate = useNavigate();
  const createProduct = useCreateProduct();
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="New product" description="Add a product to the catalogue. You can upload its image after saving." />
      <div className="rounded-lg border border-slate-200 bg-white p-5">
        <ProductForm
          mode="create"
          submitLabel="Create product"
          defaultValues={productToFormValues()}
          onSubmit={async (input) => {
            const product = await createProduct.mutateAsync(input as CreateProductInput);
            void navigate(paths.products.edit.getHref(product.id), { state: { created: true } });
          }}
        />
      </div>
    </div>
  );
}

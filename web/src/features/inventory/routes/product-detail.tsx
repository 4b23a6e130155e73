import { Link, useNavigate, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { policies } from '@/lib/authorization';
import { useCurrentUser } from '@/lib/session';

import { useProduct } from '../api/get-product';
import { PlaceOrderForm } from '../components/place-order-form';
import { ProductDetails } from '../components/product-details';

/** A product with the order form beside it: both belong to the inventory module. */
export function ProductDetailRoute() {
  const { productId = '' } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const query = useProduct({ productId });

  if (query.isPending) return <LoadingState label="Loading product" />;
  if (query.isError) return <ErrorState title="Could not load this product" error={query.error} onRetry={() => void query.refetch()} />;

  const { product } = query.data;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Link className="text-blue-800 underline" to={paths.products.list.getHref()}>
          ← All products
        </Link>
        {user && policies.manageProducts(user.role) && (
          <Link className={buttonClasses('secondary', 'sm')} to={paths.products.edit.getHref(product.id)}>
            Edit product
          </Link>
        )}
      </div>
      <ProductDetails product={product} />
      <div className="max-w-md">
        {user && policies.placeOrders(user.role) ? (
          <PlaceOrderForm
            key={`${product.id}:${product.quantity}`}
            product={product}
            onSuccess={(order) => {
              void navigate(paths.orders.detail.getHref(order.id));
            }}
          />
        ) : (
          <Alert tone="info">Guests can browse the catalogue; ordering takes a full account.</Alert>
        )}
      </div>
    </div>
  );
}

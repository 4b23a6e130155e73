import { Link } from 'react-router';

import { Pagination } from '@/components/ui/pagination';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useTokenPagination } from '@/hooks/use-token-pagination';
import { formatCents } from '@/lib/format';

import { useProducts } from '../api/get-products';
import { categoryLabel, StockBadge } from '../components/stock-badge';

export function LowStockRoute() {
  const pagination = useTokenPagination('low-stock');
  const query = useProducts({ filters: { lowStock: true, nextToken: pagination.token, limit: 20 } });

  return (
    <>
      <PageHeader title="Low stock" description="Products with fewer than 10 left. Restock them from the editor." />
      {query.isPending ? (
        <LoadingState label="Loading low-stock products" />
      ) : query.isError ? (
        <ErrorState title="Could not load low-stock products" error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title="Nothing is running low">Every product has 10 or more in stock.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <caption className="sr-only">Products low on stock</caption>
            <thead className="bg-slate-100 text-slate-800">
              <tr>
                <th scope="col" className="px-3 py-2">Product</th>
                <th scope="col" className="px-3 py-2">Category</th>
                <th scope="col" className="px-3 py-2">Price</th>
                <th scope="col" className="px-3 py-2">Stock</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {query.data.items.map((product) => (
                <tr key={product.id} className="border-t border-slate-200">
                  <td className="px-3 py-2 font-medium">{product.name}</td>
                  <td className="px-3 py-2">{categoryLabel(product.category)}</td>
                  <td className="px-3 py-2">{formatCents(product.price)}</td>
                  <td className="px-3 py-2">
                    <span className="mr-2">{product.quantity}</span>
                    <StockBadge quantity={product.quantity} isLowStock={product.isLowStock} />
                  </td>
                  <td className="px-3 py-2 text-right">
                    <Link className="text-blue-800 underline" to={paths.products.edit.getHref(product.id)} aria-label={`Restock ${product.name}`}>
                      Restock
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.data && (
        <Pagination
          label="Low-stock pages"
          pageNumber={pagination.pageNumber}
          hasPrevious={pagination.hasPrevious}
          hasNext={Boolean(query.data.nextToken)}
          isFetching={query.isFetching}
          onPrevious={pagination.previous}
          onNext={() => {
            pagination.next(query.data.nextToken);
          }}
        />
      )}
    </>
  );
}

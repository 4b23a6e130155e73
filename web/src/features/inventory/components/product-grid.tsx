import { QueryPagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useTokenPagination } from '@/hooks/use-token-pagination';

import { useProducts } from '../api/get-products';

import { ProductCard } from './product-card';
import type { Category } from '../types';

export function ProductGrid({ category, search }: { category?: Category; search: string }) {
  const pagination = useTokenPagination(`${category ?? ''}|${search}`);
  const query = useProducts({ filters: { category, search, nextToken: pagination.token } });

  if (query.isPending) return <LoadingState label="Loading products" />;
  if (query.isError) return <ErrorState title="Could not load products" error={query.error} onRetry={() => void query.refetch()} />;

  const page = query.data;
  return (
    <div aria-busy={query.isFetching}>
      {page.items.length === 0 ? (
        <EmptyState title={search || category ? 'No products match' : 'No products yet'}>
          {search || category ? 'Try another name or category.' : 'Products appear here once an admin or manager adds them.'}
        </EmptyState>
      ) : (
        <ul aria-label="Products" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {page.items.map((product) => (
            <ProductCard key={product.id} product={product} />
          ))}
        </ul>
      )}
      <QueryPagination label="Product pages" pagination={pagination} query={query} />
    </div>
  );
}

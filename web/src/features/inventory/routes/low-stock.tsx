import { Link } from 'react-router';

import { DataTable } from '@/components/ui/data-table';
import { ListStates } from '@/components/ui/list-states';
import { PageHeader } from '@/components/ui/page-header';
import { QueryPagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/states';
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
      <ListStates
        query={query}
        loadingLabel="Loading low-stock products"
        errorTitle="Could not load low-stock products"
        empty={<EmptyState title="Nothing is running low">Every product has 10 or more in stock.</EmptyState>}
      >
        {(products) => (
          <DataTable caption="Products low on stock" columns={['Product', 'Category', 'Price', 'Stock']} actions className="min-w-[32rem]">
            {products.map((product) => (
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
          </DataTable>
        )}
      </ListStates>
      <QueryPagination label="Low-stock pages" pagination={pagination} query={query} />
    </>
  );
}

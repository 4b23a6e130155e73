import { Link, useSearchParams } from 'react-router';

import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { policies } from '@/lib/authorization';
import { useCurrentUser } from '@/lib/session';

import { ProductFilters } from '../components/product-filters';
import { ProductGrid } from '../components/product-grid';
import { CATEGORIES, type Category } from '../types';

function readCategory(value: string | null): Category | undefined {
  return (CATEGORIES as readonly string[]).includes(value ?? '') ? (value as Category) : undefined;
}

export function ProductsRoute() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const category = readCategory(params.get('category'));
  const search = params.get('q') ?? '';
  const debouncedSearch = useDebouncedValue(search, 300);

  const update = (key: string, value: string | undefined) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  };

  return (
    <>
      <PageHeader
        title="Products"
        description="Browse the catalogue and order what is in stock."
        actions={
          user && policies.manageProducts(user.role) ? (
            <Link className={buttonClasses()} to={paths.products.create.getHref()}>
              New product
            </Link>
          ) : undefined
        }
      />
      <ProductFilters
        category={category}
        search={search}
        onCategoryChange={(value) => {
          update('category', value);
        }}
        onSearchChange={(value) => {
          update('q', value);
        }}
      />
      <ProductGrid category={category} search={debouncedSearch} />
    </>
  );
}

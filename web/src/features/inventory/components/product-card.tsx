import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { formatCents } from '@/lib/format';

import { shownImage } from './shown-image';
import { categoryLabel, StockBadge } from './stock-badge';
import type { ProductSummary } from '../types';

export function ProductCard({ product }: { product: ProductSummary }) {
  const image = shownImage(product.imageUrl);
  return (
    <li className="flex flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="flex aspect-[4/3] items-center justify-center bg-slate-100">
        {image ? (
          <img src={image} alt="" className="h-full w-full object-cover" loading="lazy" />
        ) : (
          <span aria-hidden="true" className="text-4xl font-bold text-slate-400">
            {product.name.charAt(0).toUpperCase()}
          </span>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{categoryLabel(product.category)}</p>
        <h2 className="text-lg font-semibold text-slate-900">
          <Link to={paths.products.detail.getHref(product.id)} className="hover:underline">
            {product.name}
          </Link>
        </h2>
        <p className="text-xl font-bold text-slate-900">{formatCents(product.price)}</p>
        <div className="mt-auto flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <StockBadge quantity={product.quantity} isLowStock={product.isLowStock} />
          <span>{product.quantity} in stock</span>
        </div>
      </div>
    </li>
  );
}

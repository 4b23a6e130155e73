import { formatCents, formatDateTime } from '@/lib/format';

import { shownImage } from './shown-image';
import { categoryLabel, StockBadge } from './stock-badge';
import type { Product } from '../types';

export function ProductDetails({ product }: { product: Product }) {
  const image = shownImage(product.imageUrl);
  return (
    <article className="grid gap-6 md:grid-cols-2">
      <div className="flex aspect-[4/3] items-center justify-center overflow-hidden rounded-lg bg-slate-100">
        {image ? (
          <img src={image} alt={product.name} className="h-full w-full object-cover" />
        ) : (
          <span className="text-slate-600">No image</span>
        )}
      </div>
      <div className="space-y-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">{categoryLabel(product.category)}</p>
        <h1 className="text-3xl font-bold text-slate-900">{product.name}</h1>
        <p className="text-2xl font-bold text-slate-900">{formatCents(product.price)}</p>
        <div className="flex flex-wrap items-center gap-2 text-slate-700">
          <StockBadge quantity={product.quantity} isLowStock={product.isLowStock} />
          <span>{product.quantity} in stock</span>
        </div>
        <p className="whitespace-pre-line text-slate-800">{product.description}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-slate-700">
          <dt className="font-medium">SKU</dt>
          <dd>{product.sku}</dd>
          <dt className="font-medium">Updated</dt>
          <dd>{formatDateTime(product.updatedAt)}</dd>
        </dl>
      </div>
    </article>
  );
}

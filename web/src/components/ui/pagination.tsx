import type { useTokenPagination } from '@/hooks/use-token-pagination';

import { Button } from './button';

type PaginationProps = {
  pageNumber: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  isFetching?: boolean;
  label?: string;
};

export function Pagination({ pageNumber, hasPrevious, hasNext, onPrevious, onNext, isFetching, label = 'Pages' }: PaginationProps) {
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-2">
      <Button variant="secondary" size="sm" onClick={onPrevious} disabled={!hasPrevious || isFetching}>
        Previous
      </Button>
      <span className="text-sm text-slate-700" aria-live="polite">
        Page {pageNumber}
      </span>
      <Button variant="secondary" size="sm" onClick={onNext} disabled={!hasNext || isFetching}>
        Next
      </Button>
    </nav>
  );
}

type QueryPaginationProps = {
  label: string;
  /** What `useTokenPagination` returns. */
  pagination: Pick<ReturnType<typeof useTokenPagination>, 'pageNumber' | 'hasPrevious' | 'previous' | 'next'>;
  query: { data?: { nextToken?: string }; isFetching: boolean };
};

/** Previous/next over a token-paged query, once it has a page. */
export function QueryPagination({ label, pagination, query }: QueryPaginationProps) {
  const page = query.data;
  if (!page) return null;
  return (
    <Pagination
      label={label}
      pageNumber={pagination.pageNumber}
      hasPrevious={pagination.hasPrevious}
      hasNext={Boolean(page.nextToken)}
      isFetching={query.isFetching}
      onPrevious={pagination.previous}
      onNext={() => {
        pagination.next(page.nextToken);
      }}
    />
  );
}

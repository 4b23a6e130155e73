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

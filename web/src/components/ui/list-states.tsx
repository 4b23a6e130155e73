import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { ErrorState, LoadingState } from './states';

type ListStatesProps<TItem> = {
  query: UseQueryResult<{ items: TItem[] }>;
  loadingLabel: string;
  errorTitle: string;
  /** Shown when the page has no items. */
  empty: ReactNode;
  children: (items: TItem[]) => ReactNode;
};

/** A list query's loading, error and empty states; the items themselves are the caller's. */
export function ListStates<TItem>({ query, loadingLabel, errorTitle, empty, children }: ListStatesProps<TItem>) {
  if (query.isPending) return <LoadingState label={loadingLabel} />;
  if (query.isError) return <ErrorState title={errorTitle} error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) return empty;
  return children(query.data.items);
}

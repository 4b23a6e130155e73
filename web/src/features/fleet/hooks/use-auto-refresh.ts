import { useCallback, useState } from 'react';

import { usePageVisible } from './use-page-visible';

/** How often a fleet page reads its data again while auto-refresh is on. */
export const AUTO_REFRESH_MS = 10_000;

/**
 * The auto-refresh switch of a page: on at first, off when the user pauses it. The queries pause
 * themselves while the tab is hidden (`refetchIntervalInBackground: false`); `visible` lets the
 * indicator say so.
 */
export function useAutoRefresh() {
  const [enabled, setEnabled] = useState(true);
  const visible = usePageVisible();
  const toggle = useCallback(() => {
    setEnabled((current) => !current);
  }, []);
  return { enabled, visible, toggle, interval: enabled ? AUTO_REFRESH_MS : (false as const) };
}

export type AutoRefresh = ReturnType<typeof useAutoRefresh>;

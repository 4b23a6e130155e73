import { Button } from '@/components/ui/button';

import { AUTO_REFRESH_MS, type AutoRefresh } from '../hooks/use-auto-refresh';

/** The auto-refresh indicator (on, paused by the user, paused while the tab is hidden) and its switch. */
export function AutoRefreshControl({ autoRefresh }: { autoRefresh: AutoRefresh }) {
  const { enabled, visible, toggle } = autoRefresh;
  const live = enabled && visible;
  const text = !enabled ? 'Auto-refresh paused' : visible ? `Auto-refresh on (every ${AUTO_REFRESH_MS / 1000} s)` : 'Auto-refresh paused while the tab is hidden';
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
      <span aria-hidden="true" className={live ? 'text-green-700 motion-safe:animate-pulse' : 'text-slate-500'}>
        {live ? '●' : '❚❚'}
      </span>
      <span role="status">{text}</span>
      <Button variant="secondary" size="sm" onClick={toggle}>
        {enabled ? 'Pause auto-refresh' : 'Resume auto-refresh'}
      </Button>
    </div>
  );
}

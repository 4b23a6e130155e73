import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fakeApi, ok, page } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { AnalyticsRoute } from './analytics';

function serveAnalytics(counts: number[]) {
  const server = fakeApi();
  server.get('/projects', ok(page([{ id: 'p-1', name: 'Shop backend' }])));
  server.get('/analytics/realtime', ok({ deployments: 2, generations: 5, activity: 11, since: '2026-11-29T10:30:00Z' }));
  server.get('/analytics/chart-data', (request) =>
    ok({
      chartType: request.query.get('chartType'),
      period: request.query.get('period'),
      buckets: counts.map((count, day) => ({ start: `2026-11-${String(24 + day)}T00:00:00Z`, count })),
    }),
  );
  return server;
}

describe('AnalyticsRoute', () => {
  it('shows the last 24 hours as stat cards and the chart with its text alternative', async () => {
    signIn('user');
    serveAnalytics([0, 1, 3]);
    renderWithProviders(<AnalyticsRoute />);

    expect(await screen.findByText('Activity entries, last 24 hours')).toBeInTheDocument();
    expect(screen.getByText('11')).toBeInTheDocument();
    expect(await screen.findByText(/Deployments per day, last 7 days: 4 in total/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Deployments, oldest first' })).toBeInTheDocument();
  });

  it('reads the chart, period and project from the address', async () => {
    signIn('user');
    const server = serveAnalytics([0, 2]);
    renderWithProviders(<AnalyticsRoute />, { url: '/?chart=generations&period=30d&projectId=p-1' });

    expect(await screen.findByText(/Code generations per day, last 30 days: 2 in total/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Code generations' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '30d' })).toBeChecked();
    const request = server.seen('GET', '/analytics/chart-data').at(-1);
    expect(request?.query.get('projectId')).toBe('p-1');
    expect(server.seen('GET', '/analytics/realtime').at(-1)?.query.get('projectId')).toBe('p-1');
  });

  it('says so when nothing happened in the period', async () => {
    signIn('user');
    serveAnalytics([0, 0, 0]);
    const { user, router } = renderWithProviders(<AnalyticsRoute />);

    expect(await screen.findByText('No deployments in the last 7 days')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '24h' }));
    expect(router.state.location.search).toBe('?period=24h');
    expect(await screen.findByText('No deployments in the last 24 hours')).toBeInTheDocument();
  });
});

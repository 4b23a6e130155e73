import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { Role } from '@/lib/authorization';
import { fail, fakeApi, ok } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { instance, series } from '../testing/fleet-fixtures';
import type { Instance } from '../types';
import { InstanceRoute } from './instance';

// jsdom lays nothing out, so the chart itself is not drawn here; its data and text alternative are.
vi.mock('../components/metric-chart', () => ({
  MetricChart: ({ rows }: { rows: unknown[] }) => <div data-testid="chart">{rows.length} points drawn</div>,
}));

const ID = 'i-0a1b2c3d4e5f60718';

function renderInstance(role: Role, current: () => Instance, url = `/fleet/instances/${ID}`) {
  signIn(role);
  const server = fakeApi();
  server.get(`/fleet/instances/${ID}`, () => ok(current()));
  server.get(`/fleet/instances/${ID}/metrics`, (req) => ok(series({ metric: req.query.get('metric') as never, stat: req.query.get('stat') as never })));
  return { server, ...renderWithProviders(<InstanceRoute />, { path: '/fleet/instances/:instanceId', url }) };
}

describe('InstanceRoute', () => {
  it('shows the details with tags, and a chart described in words', async () => {
    renderInstance('user', () => instance());

    expect(await screen.findByRole('heading', { name: 'web-1', level: 1 })).toBeInTheDocument();
    const tags = screen.getByRole('region', { name: 'Tags' });
    expect(within(tags).getByText('team')).toBeInTheDocument();
    expect(within(tags).getByText('prod')).toBeInTheDocument();
    expect(await screen.findByTestId('chart')).toHaveTextContent('3 points drawn');
    expect(screen.getByText('CPU utilization (Average), last hour: 3 points; latest 7 %, lowest 7 %, highest 40.3 %.')).toBeInTheDocument();
    expect(screen.getByText('Simulated fleet')).toBeInTheDocument();
  });

  it('asks for another metric, period and statistic, and keeps them in the address', async () => {
    const { server, user, router } = renderInstance('user', () => instance());
    await screen.findByTestId('chart');

    await user.selectOptions(screen.getByLabelText('Metric'), 'NetworkIn');
    await user.click(screen.getByRole('radio', { name: '24h' }));
    await user.click(screen.getByRole('radio', { name: 'Maximum' }));

    await vi.waitFor(() => {
      const query = server.seen('GET', `/fleet/instances/${ID}/metrics`).at(-1)?.query;
      expect(Object.fromEntries(query ?? [])).toEqual({ metric: 'NetworkIn', period: '24h', stat: 'Maximum' });
    });
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ metric: 'NetworkIn', period: '24h', stat: 'Maximum' });
  });

  it('says when a period has no data points, and when the metric could not be read', async () => {
    const { server, user } = renderInstance('user', () => instance({ state: 'stopped', statusChecks: 'not-applicable' }));
    server.get(`/fleet/instances/${ID}/metrics`, ok(series({ points: [] })));
    expect(await screen.findByText('No data points for this period')).toBeInTheDocument();

    server.get(`/fleet/instances/${ID}/metrics`, fail(503, 'SERVICE_UNAVAILABLE', 'CloudWatch did not answer'));
    await user.click(screen.getByRole('radio', { name: '7d' }));
    expect(await screen.findByText('CloudWatch did not answer')).toBeInTheDocument();
  });

  it('shows no action buttons to a manager', async () => {
    renderInstance('manager', () => instance());
    await screen.findByRole('heading', { name: 'web-1', level: 1 });
    expect(screen.queryByRole('button', { name: 'Reboot' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Audit log of this instance' })).toHaveAttribute('href', `/fleet/audit?instanceId=${ID}`);
  });

  it('offers an admin the actions the state allows', async () => {
    renderInstance('admin', () => instance({ state: 'stopped', statusChecks: 'not-applicable' }));
    expect(await screen.findByRole('button', { name: 'Start' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Reboot' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Stop' })).toBeDisabled();
  });

  it('reboots with a reason and the typed name, then follows the checks until they are ok again', async () => {
    let current = instance();
    const { server, user } = renderInstance('admin', () => current);
    server.post(`/fleet/instances/${ID}/reboot`, () => {
      current = instance({ statusChecks: 'initializing' });
      return ok({ actionId: 'act-1', instanceId: ID, action: 'reboot', fromState: 'running', status: 'ACCEPTED' }, 202);
    });
    await user.click(await screen.findByRole('button', { name: 'Reboot' }));

    const dialog = screen.getByRole('dialog', { name: 'Reboot web-1?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reboot instance' }));
    expect(await within(dialog).findByText('Give a reason of at least 3 characters')).toBeInTheDocument();
    expect(within(dialog).getByText('Type web-1 exactly to confirm')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('Reason'), 'Kernel patch applied');
    await user.type(within(dialog).getByLabelText('Type web-1 to confirm'), 'web-1');
    await user.click(within(dialog).getByRole('button', { name: 'Reboot instance' }));

    const progress = await screen.findByText('Rebooting… status checks initializing');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop' })).toBeDisabled();
    const [sent] = server.seen('POST', `/fleet/instances/${ID}/reboot`);
    expect(sent?.body).toEqual({ reason: 'Kernel patch applied' });
    expect(sent?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);

    current = instance();
    await vi.waitFor(() => {
      expect(progress).toHaveTextContent('Running, checks ok');
    }, { timeout: 5000 });
    expect(screen.getByRole('button', { name: 'Stop' })).toBeEnabled();
  });

  it('shows the API refusal in the dialog, and a retry of the same submit reuses its key', async () => {
    const { server, user } = renderInstance('admin', () => instance());
    server.post(`/fleet/instances/${ID}/stop`, fail(409, 'CONFLICT', 'The instance is stopping; it cannot be stopped now'));
    await user.click(await screen.findByRole('button', { name: 'Stop' }));
    const dialog = screen.getByRole('dialog', { name: 'Stop web-1?' });
    await user.type(within(dialog).getByLabelText('Reason'), 'Save money overnight');
    await user.type(within(dialog).getByLabelText('Type web-1 to confirm'), 'web-1');

    await user.click(within(dialog).getByRole('button', { name: 'Stop instance' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The instance is stopping; it cannot be stopped now');
    await user.click(within(dialog).getByRole('button', { name: 'Stop instance' }));

    await vi.waitFor(() => {
      expect(server.seen('POST', `/fleet/instances/${ID}/stop`)).toHaveLength(2);
    });
    const [first, second] = server.seen('POST', `/fleet/instances/${ID}/stop`).map((r) => r.headers.get('Idempotency-Key'));
    expect(first).toBeTruthy();
    expect(second).toBe(first);
  });
});

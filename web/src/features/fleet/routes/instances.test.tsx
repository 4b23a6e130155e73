import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { fakeApi, ok, page } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { instance } from '../testing/fleet-fixtures';
import { InstancesRoute } from './instances';

function renderInstances(url = '/fleet/instances') {
  return renderWithProviders(<InstancesRoute />, { path: '/fleet/instances', url });
}

describe('InstancesRoute', () => {
  it('lists instances with state and checks in words, and marks a simulated fleet', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/fleet/instances', ok(page([instance(), instance({ instanceId: 'i-2', name: 'build-agent', state: 'stopped', statusChecks: 'not-applicable' })])));
    renderInstances();

    const table = await screen.findByRole('table', { name: 'Instances, with their state and status checks' });
    const row = within(table).getByRole('link', { name: 'build-agent' }).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('Stopped');
    expect(row).toHaveTextContent('Not applicable');
    expect(within(table).getByRole('link', { name: 'web-1' })).toHaveAttribute('href', '/fleet/instances/i-0a1b2c3d4e5f60718');
    expect(screen.getByText('Simulated fleet')).toBeInTheDocument();
    expect(screen.getByText('Auto-refresh on (every 10 s)')).toBeInTheDocument();
  });

  it('keeps state, type, region and search in the address and sends them to the API', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/fleet/instances', ok(page([instance()])));
    const { user, router } = renderInstances('/fleet/instances?state=stopped');

    expect(await screen.findByLabelText('State')).toHaveValue('stopped');
    await user.selectOptions(screen.getByLabelText('Type'), 't3.micro');
    await user.click(screen.getByRole('radio', { name: 'eu-west-1' }));
    await user.type(screen.getByLabelText('Search'), 'web');

    const search = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(search)).toEqual({ state: 'stopped', type: 't3.micro', region: 'eu-west-1', search: 'web' });
    await vi.waitFor(() => {
      const query = server.seen('GET', '/fleet/instances').at(-1)?.query;
      expect(query?.get('search')).toBe('web');
      expect(query?.get('region')).toBe('eu-west-1');
      expect(query?.get('type')).toBe('t3.micro');
      expect(query?.get('state')).toBe('stopped');
    });
    // Typing is debounced: not one request per keystroke.
    expect(server.seen('GET', '/fleet/instances').filter((r) => r.query.get('search')?.startsWith('w'))).toHaveLength(1);
  });

  it('pages on with nextToken', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/fleet/instances', (req) => ok(req.query.get('nextToken') === 'next' ? page([instance({ instanceId: 'i-3', name: 'bastion' })]) : page([instance()], 'next')));
    const { user } = renderInstances();

    await screen.findByRole('link', { name: 'web-1' });
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('link', { name: 'bastion' })).toBeInTheDocument();
    expect(screen.getByText('Page 2')).toBeInTheDocument();
  });

  it('pauses auto-refresh on request, and says when nothing matches', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/fleet/instances', ok(page([])));
    const { user } = renderInstances('/fleet/instances?search=nothing');

    expect(await screen.findByText('No instances match these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pause auto-refresh' }));
    expect(screen.getByText('Auto-refresh paused')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resume auto-refresh' })).toBeInTheDocument();
  });

  it('says auto-refresh is paused while the tab is hidden', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/fleet/instances', ok(page([instance()])));
    renderInstances();
    await screen.findByRole('link', { name: 'web-1' });

    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });

    expect(screen.getByText('Auto-refresh paused while the tab is hidden')).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { fail, fakeApi, ok, page } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { auditEntry } from '../testing/fleet-fixtures';
import { FleetAuditRoute } from './audit';

function renderAudit(url = '/fleet/audit') {
  return renderWithProviders(<FleetAuditRoute />, { path: '/fleet/audit', url });
}

describe('FleetAuditRoute', () => {
  it('lists the records with their result in words, and filters them through the address', async () => {
    signIn('manager');
    const server = fakeApi();
    server.get('/fleet/audit', ok(page([auditEntry(), auditEntry({ id: 'audit-2', action: 'stop', reason: 'Night', result: 'REJECTED', error: 'CONFLICT: stopped' })])));
    const { user, router } = renderAudit();

    const table = await screen.findByRole('table', { name: 'Fleet audit log, newest first' });
    const rejected = within(table).getByText('CONFLICT: stopped').closest('tr') as HTMLElement;
    expect(rejected).toHaveTextContent('Rejected');
    expect(rejected).toHaveTextContent('Stop');
    expect(within(table).getByText('Kernel patch applied').closest('tr')).toHaveTextContent('Accepted');

    await user.selectOptions(screen.getByLabelText('Action'), 'reboot');
    await user.type(screen.getByLabelText('Instance id'), 'i-0a');

    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ action: 'reboot', instanceId: 'i-0a' });
    await vi.waitFor(() => {
      const query = server.seen('GET', '/fleet/audit').at(-1)?.query;
      expect(query?.get('action')).toBe('reboot');
      expect(query?.get('instanceId')).toBe('i-0a');
    });
  });

  it('reads a time window from the address and sends it as instants', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/fleet/audit', ok(page([])));
    const from = '2026-11-29T10:00:00.000Z';
    renderAudit(`/fleet/audit?from=${from}`);

    expect(await screen.findByText('No audit records match these filters')).toBeInTheDocument();
    expect(server.seen('GET', '/fleet/audit').at(-1)?.query.get('from')).toBe(from);
    expect(screen.getByLabelText<HTMLInputElement>('From').value).toMatch(/^2026-11-29T\d\d:00$/);
  });

  it('downloads the CSV with the same filters and the session token', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/fleet/audit', ok(page([auditEntry()])));
    server.get('/fleet/audit.csv', { status: 200, body: 'id,timestamp\n' });
    const createObjectURL = vi.fn(() => 'blob:csv');
    // jsdom has no object URLs.
    vi.stubGlobal('URL', class extends URL {
      static createObjectURL = createObjectURL;
      static revokeObjectURL = vi.fn();
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderAudit('/fleet/audit?action=reboot');

    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));

    await vi.waitFor(() => {
      expect(click).toHaveBeenCalled();
    });
    const [request] = server.seen('GET', '/fleet/audit.csv');
    expect(request?.query.get('action')).toBe('reboot');
    expect(request?.headers.get('Authorization')).toMatch(/^Bearer /);
    expect(request?.headers.get('Accept')).toContain('text/csv');
    expect(createObjectURL).toHaveBeenCalled();
  });

  it('says why the CSV could not be downloaded', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/fleet/audit', ok(page([auditEntry()])));
    server.get('/fleet/audit.csv', fail(503, 'SERVICE_UNAVAILABLE', 'The audit table did not answer'));
    const { user } = renderAudit();

    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not download the CSV: The audit table did not answer');
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fail, fakeApi, ok, page } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { member, project } from '../testing/workspace-fixtures';
import type { ProjectRole } from '../types';
import { TeamPanel } from './team-panel';

const owner = member({ userId: 'user-id', email: 'user@stratus.test', name: 'Ulla User' });
const editor = member({ userId: 'e-1', email: 'eddie@stratus.test', name: 'Eddie Editor', role: 'editor' });

function renderTeam(role: ProjectRole) {
  signIn('user');
  const server = fakeApi();
  server.get('/projects/p-1/members', ok(page([{ ...owner, role }, editor])));
  return { server, ...renderWithProviders(<TeamPanel project={project({ role })} />) };
}

describe('TeamPanel', () => {
  it('says clearly why the last owner cannot step down', async () => {
    const { server, user } = renderTeam('owner');
    server.patch('/projects/p-1/members/user-id', fail(409, 'CONFLICT', 'Last owner'));

    await user.selectOptions(await screen.findByLabelText('Role of Ulla User'), 'viewer');

    expect(await screen.findByRole('alert')).toHaveTextContent('A project needs at least one owner. Make another member an owner first.');
    expect(server.seen('PATCH', '/projects/p-1/members/user-id')[0]?.body).toEqual({ role: 'viewer' });
  });

  it('lets an owner invite a teammate by email and role', async () => {
    const { server, user } = renderTeam('owner');
    server.post('/projects/p-1/invitations', ok({ email: 'new@stratus.test', role: 'viewer' }, 201));

    await user.type(await screen.findByLabelText('Email'), 'new@stratus.test');
    await user.selectOptions(screen.getByLabelText('Role'), 'viewer');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByText(/Invitation sent to new@stratus.test/)).toBeInTheDocument();
    expect(server.seen('POST', '/projects/p-1/invitations')[0]?.body).toEqual({ email: 'new@stratus.test', role: 'viewer' });
  });

  it('removes a member after confirmation', async () => {
    const { server, user } = renderTeam('owner');
    server.delete('/projects/p-1/members/e-1', ok({}));

    await user.click(await screen.findByRole('button', { name: 'Remove Eddie Editor' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Remove Eddie Editor?' })).getByRole('button', { name: 'Remove member' }));

    expect(server.seen('DELETE', '/projects/p-1/members/e-1')).toHaveLength(1);
  });

  it('shows an editor the roles, a way to leave, and no owner controls', async () => {
    renderTeam('editor');

    const row = (await screen.findByText('Ulla User')).closest('tr') as HTMLElement;
    expect(within(row).getByRole('button', { name: 'Leave this project' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Role of Eddie Editor')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove Eddie Editor' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Invite a teammate' })).not.toBeInTheDocument();
  });
});

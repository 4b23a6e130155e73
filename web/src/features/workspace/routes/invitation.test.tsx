import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fail, fakeApi, ok } from '@/testing/fake-api';
import { renderRoutes, signIn } from '@/testing/render';

import { project } from '../testing/workspace-fixtures';
import { InvitationRoute } from './invitation';

function renderInvitation() {
  return renderRoutes(
    [
      { path: '/invitations/:token', element: <InvitationRoute /> },
      { path: '/projects/:projectId', element: <p>Project page</p> },
      { path: '/login', element: <p>Login page</p> },
    ],
    '/invitations/tok-123',
  );
}

describe('InvitationRoute', () => {
  it('sends a signed-out visitor to log in and back here', async () => {
    fakeApi();
    renderInvitation();

    expect(await screen.findByRole('link', { name: 'Log in to accept' })).toHaveAttribute('href', '/login?redirectTo=%2Finvitations%2Ftok-123');
    expect(screen.queryByRole('button', { name: 'Accept invitation' })).not.toBeInTheDocument();
  });

  it('accepts and opens the project it answers with', async () => {
    signIn('user');
    const server = fakeApi();
    server.post('/invitations/tok-123/accept', ok(project({ id: 'p-7', role: 'editor' })));
    const { user, router } = renderInvitation();

    await user.click(await screen.findByRole('button', { name: 'Accept invitation' }));

    expect(await screen.findByText('Project page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/projects/p-7');
  });

  it('explains an invitation sent to another address', async () => {
    signIn('user', 'someone@stratus.test');
    fakeApi().post('/invitations/tok-123/accept', fail(403, 'FORBIDDEN', 'Not for you'));
    const { user } = renderInvitation();

    await user.click(await screen.findByRole('button', { name: 'Accept invitation' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This invitation is for another email address');
    expect(alert).toHaveTextContent('You are signed in as someone@stratus.test');
  });

  it.each([
    ['used', 'This invitation was already used'],
    ['expired', 'This invitation has expired'],
    ['member', 'You are already in this project'],
  ])('explains a refusal whose reason is %s', async (reason, title) => {
    signIn('user');
    fakeApi().post('/invitations/tok-123/accept', fail(409, 'CONFLICT', 'Refused', { reason }));
    const { user } = renderInvitation();

    await user.click(await screen.findByRole('button', { name: 'Accept invitation' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(title);
    expect(within(alert).getByRole('link', { name: 'Your projects' })).toHaveAttribute('href', '/projects');
  });

  it('explains an unknown link', async () => {
    signIn('user');
    fakeApi().post('/invitations/tok-123/accept', fail(404, 'NOT_FOUND', 'Invitation not found'));
    const { user } = renderInvitation();

    await user.click(await screen.findByRole('button', { name: 'Accept invitation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation cannot be used');
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fakeApi, ok, page } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import type { Activity } from '../types';
import { ActivityFeed } from './activity-feed';

const entry = (id: string, type: string, summary: string, projectId?: string): Activity => ({
  id,
  type,
  projectId,
  userId: 'user-id',
  summary,
  createdAt: '2026-11-30T10:30:00Z',
});

describe('ActivityFeed', () => {
  it('shows each entry with its type in words and a link to its project', async () => {
    signIn('user');
    fakeApi().get('/activity', ok(page([entry('a-1', 'deployment_failed', 'dev deployment failed', 'p-1'), entry('a-2', 'future_thing', 'Something new')])));
    renderWithProviders(<ActivityFeed />);

    const list = await screen.findByRole('list', { name: 'Activity, newest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const [failed, unknown] = items as [HTMLElement, HTMLElement];
    expect(failed).toHaveTextContent('Deployment failed');
    expect(failed).toHaveTextContent('dev deployment failed');
    expect(within(failed).getByRole('link', { name: 'Open the project' })).toHaveAttribute('href', '/projects/p-1');
    expect(unknown).toHaveTextContent('Future thing');
  });

  it('asks for the type in the address and the given project only', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/activity', ok(page([])));
    renderWithProviders(<ActivityFeed projectId="p-1" />, { url: '/?type=schema_saved' });

    expect(await screen.findByText('No “Schema saved” entries')).toBeInTheDocument();
    expect(screen.getByLabelText('Type')).toHaveValue('schema_saved');
    const [request] = server.seen('GET', '/activity');
    expect(request?.query.get('type')).toBe('schema_saved');
    expect(request?.query.get('projectId')).toBe('p-1');
  });

  it('changes the address when another type is chosen', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/activity', ok(page([entry('a-1', 'project_created', 'Created Shop')])));
    const { user, router } = renderWithProviders(<ActivityFeed />);

    await screen.findByText('Created Shop');
    await user.selectOptions(screen.getByLabelText('Type'), 'Deployment failed');

    expect(router.state.location.search).toBe('?type=deployment_failed');
    expect(server.seen('GET', '/activity').at(-1)?.query.get('type')).toBe('deployment_failed');
  });
});

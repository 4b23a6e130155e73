import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ProjectRoute } from '@/features/workspace/routes/project';
import { fakeApi, ok, page } from '@/testing/fake-api';
import { renderRoutes, signIn } from '@/testing/render';

import { projectTabExtensions } from './project-tab-extensions';

const project = {
  id: 'p-1',
  name: 'Shop backend',
  stack: 'spring-boot',
  visibility: 'team',
  role: 'owner',
  createdAt: '2026-11-29T10:00:00.000Z',
  updatedAt: '2026-11-29T10:00:00.000Z',
  createdBy: 'user-id',
};

function renderProject(url: string) {
  return renderRoutes([{ path: '/projects/:projectId/:tab?', element: <ProjectRoute extensions={projectTabExtensions} /> }], url);
}

describe('project tabs of other features', () => {
  it('lists Docs, Assistant and Activity after the workspace’s own tabs and opens the documentation', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/projects/p-1', ok(project));
    server.get('/projects/p-1/documents', ok(page([])));
    renderProject('/projects/p-1/docs');

    const tabs = await screen.findByRole('navigation', { name: 'Project sections' });
    expect(within(tabs).getAllByRole('link').map((link) => link.textContent)).toEqual(['Overview', 'Schema', 'Architecture', 'Generations', 'Deployments', 'Team', 'Docs', 'Assistant', 'Activity']);
    expect(within(tabs).getByRole('link', { name: 'Docs' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText('No pages yet')).toBeInTheDocument();
  });

  it('opens the assistant', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/projects/p-1', ok(project));
    server.get('/projects/p-1/assistant/messages', ok(page([])));
    renderProject('/projects/p-1/assistant');

    expect(await screen.findByText('No questions yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Assistant' })).toHaveAttribute('aria-current', 'page');
  });
});

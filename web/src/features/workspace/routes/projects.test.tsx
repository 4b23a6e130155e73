import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fail, fakeApi, ok, page } from '@/testing/fake-api';
import { renderRoutes, signIn } from '@/testing/render';

import { project } from '../testing/workspace-fixtures';
import { ProjectCreateRoute } from './project-create';
import { ProjectsRoute } from './projects';

function renderProjects(url = '/projects') {
  return renderRoutes(
    [
      { path: '/projects', element: <ProjectsRoute /> },
      { path: '/projects/new', element: <ProjectCreateRoute /> },
      { path: '/projects/:projectId/:tab?', element: <p>Project page</p> },
    ],
    url,
  );
}

describe('ProjectsRoute', () => {
  it('lists the projects with their stack, the caller’s role and when they changed', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/projects', ok(page([project(), project({ id: 'p-2', name: 'Mobile app', stack: 'react-vite', role: 'viewer' })])));
    renderProjects();

    const link = await screen.findByRole('link', { name: 'Mobile app' });
    expect(link).toHaveAttribute('href', '/projects/p-2');
    const row = link.closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('React with Vite');
    expect(row).toHaveTextContent('Viewer');
  });

  it('invites to create a first project when there is none', async () => {
    signIn('user');
    fakeApi().get('/projects', ok(page([])));
    renderProjects();

    expect(await screen.findByText('No projects yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create your first project' })).toHaveAttribute('href', '/projects/new');
  });

  it('shows an error with a retry', async () => {
    signIn('user');
    fakeApi().get('/projects', fail(500, 'INTERNAL_ERROR', 'The database is down'));
    renderProjects();

    expect(await screen.findByRole('alert')).toHaveTextContent('The database is down');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('ProjectCreateRoute', () => {
  it('checks the contract’s rules before sending anything', async () => {
    signIn('user');
    const server = fakeApi();
    const { user } = renderProjects('/projects/new');

    await user.type(screen.getByLabelText('Name'), 'ab');
    await user.click(screen.getByLabelText('Description (optional)'));
    await user.paste('x'.repeat(2001));
    await user.click(screen.getByRole('button', { name: 'Create project' }));

    expect(await screen.findByText('At least 3 characters')).toBeInTheDocument();
    expect(screen.getByText('At most 2000 characters')).toBeInTheDocument();
    expect(server.requests).toHaveLength(0);
  });

  it('creates the project and opens its schema tab', async () => {
    signIn('user');
    const server = fakeApi();
    server.post('/projects', ok(project({ id: 'p-9' }), 201));
    const { user, router } = renderProjects('/projects/new');

    await user.type(screen.getByLabelText('Name'), '  Shop backend ');
    await user.selectOptions(screen.getByLabelText('Stack'), 'spring-boot');
    await user.click(screen.getByLabelText('Private'));
    await user.click(screen.getByRole('button', { name: 'Create project' }));

    expect(await screen.findByText('Project page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/projects/p-9/schema');
    expect(server.seen('POST', '/projects')[0]?.body).toEqual({ name: 'Shop backend', stack: 'spring-boot', visibility: 'private' });
  });

  it('shows the server’s field problems next to their inputs', async () => {
    signIn('user');
    const server = fakeApi();
    server.post('/projects', fail(400, 'VALIDATION_ERROR', 'Invalid', [{ field: 'name', message: 'Name is taken by one of your projects' }]));
    const { user } = renderProjects('/projects/new');

    await user.type(screen.getByLabelText('Name'), 'Shop backend');
    await user.click(screen.getByRole('button', { name: 'Create project' }));

    expect(await screen.findByText('Name is taken by one of your projects')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
  });
});

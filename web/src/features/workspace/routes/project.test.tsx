import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fail, fakeApi, ok, page } from '@/testing/fake-api';
import { renderRoutes, signIn } from '@/testing/render';

import { project, schema } from '../testing/workspace-fixtures';
import type { ProjectRole } from '../types';
import { ProjectRoute } from './project';

function renderProject(url: string) {
  return renderRoutes(
    [
      { path: '/projects/:projectId/:tab?', element: <ProjectRoute /> },
      { path: '/projects', element: <p>Projects list</p> },
    ],
    url,
  );
}

function serveProject(role: ProjectRole) {
  const server = fakeApi();
  server.get('/projects/p-1', ok(project({ role })));
  server.get('/projects/p-1/schema', ok(schema()));
  server.get('/projects/p-1/schema/versions', ok(page([{ version: 2, createdAt: '2026-11-29T10:30:00.000Z', createdBy: 'owner-id', entityCount: 1 }, { version: 1, createdAt: '2026-11-29T10:20:00.000Z', createdBy: 'owner-id', entityCount: 1 }])));
  return server;
}

describe('ProjectRoute', () => {
  it('marks the tab in the address as the current one', async () => {
    signIn('user');
    serveProject('owner');
    renderProject('/projects/p-1/schema');

    const tabs = await screen.findByRole('navigation', { name: 'Project sections' });
    expect(within(tabs).getByRole('link', { name: 'Schema' })).toHaveAttribute('aria-current', 'page');
    expect(within(tabs).getByRole('link', { name: 'Overview' })).toHaveAttribute('href', '/projects/p-1');
    expect(within(tabs).getByRole('link', { name: 'Team' })).toHaveAttribute('href', '/projects/p-1/team');
  });

  it('says a project is not found without telling whether it exists', async () => {
    signIn('user');
    fakeApi().get('/projects/p-1', fail(404, 'NOT_FOUND', 'Project not found'));
    renderProject('/projects/p-1');

    expect(await screen.findByText('Project not found')).toBeInTheDocument();
    expect(screen.getByText(/you are not a member of it/)).toBeInTheDocument();
  });

  it('lets the owner delete the project only once its name is typed', async () => {
    signIn('user');
    const server = serveProject('owner');
    server.delete('/projects/p-1', ok({ deletedId: 'p-1' }));
    server.get('/projects', ok(page([])));
    const { user, router } = renderProject('/projects/p-1');

    const remove = await screen.findByRole('button', { name: 'Delete project' });
    expect(remove).toBeDisabled();
    await user.type(screen.getByLabelText('Type “Shop backend” to confirm'), 'Shop backend');
    await user.click(remove);

    expect(await screen.findByText('Projects list')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/projects');
    expect(server.seen('DELETE', '/projects/p-1')).toHaveLength(1);
  });

  it('shows a viewer the project without edit or delete controls', async () => {
    signIn('user');
    serveProject('viewer');
    renderProject('/projects/p-1');

    expect(await screen.findByText('Orders and customers')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete project' })).not.toBeInTheDocument();
  });
});

describe('Schema tab', () => {
  it('shows the server’s field path problems next to the input they name', async () => {
    signIn('user');
    const server = serveProject('editor');
    server.put(
      '/projects/p-1/schema',
      fail(400, 'VALIDATION_ERROR', 'Invalid schema', [
        { field: 'entities[0].fields[1].values[0]', message: 'GOLD is a reserved word' },
        { field: 'entities[0].fields[0].name', message: 'email is reserved for spring-boot' },
      ]),
    );
    const { user } = renderProject('/projects/p-1/schema');

    await user.click(await screen.findByRole('button', { name: 'Save as new version' }));

    expect(await screen.findByText('GOLD is a reserved word')).toBeInTheDocument();
    expect(screen.getByLabelText('Field 2 values')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Field 1 name')).toHaveAccessibleDescription('email is reserved for spring-boot');
    expect(screen.getByText('The schema was not saved')).toBeInTheDocument();
  });

  it('saves the edited schema as a new version', async () => {
    signIn('user');
    const server = serveProject('owner');
    server.put('/projects/p-1/schema', (request) => ok({ ...(request.body as object), version: 3, createdAt: '2026-11-29T12:00:00.000Z', createdBy: 'owner-id' }));
    const { user } = renderProject('/projects/p-1/schema');

    await user.click(await screen.findByRole('button', { name: 'Add entity' }));
    const entity = screen.getByRole('group', { name: 'Entity 2' });
    await user.type(within(entity).getByLabelText('Entity name'), 'Order');
    await user.type(within(entity).getByLabelText('Field 1 name'), 'total');
    await user.selectOptions(within(entity).getByLabelText('Field 1 type'), 'decimal');
    await user.click(within(entity).getByRole('button', { name: 'Add relation' }));
    await user.type(within(entity).getByLabelText('Relation 1 name'), 'buyer');
    await user.selectOptions(within(entity).getByLabelText('Relation 1 target'), 'Customer');
    await user.click(screen.getByRole('button', { name: 'Save as new version' }));

    expect(await screen.findByText('Saved as version 3.')).toBeInTheDocument();
    const sent = server.seen('PUT', '/projects/p-1/schema')[0]?.body as { entities: unknown[] };
    expect(sent.entities[1]).toEqual({
      name: 'Order',
      fields: [{ name: 'total', type: 'decimal', required: false, unique: false }],
      relations: [{ name: 'buyer', target: 'Customer', kind: 'one-to-many' }],
    });
  });

  it('compares two versions', async () => {
    signIn('user');
    const server = serveProject('viewer');
    server.get('/projects/p-1/schema/versions/2', ok(schema()));
    server.get('/projects/p-1/schema/versions/1', ok(schema({ version: 1, entities: [{ name: 'Customer', fields: [{ name: 'email', type: 'string', required: true, unique: true }], relations: [] }] })));
    renderProject('/projects/p-1/schema');

    const changes = await screen.findByRole('list', { name: 'Changes from version 1 to version 2' });
    expect(changes).toHaveTextContent('Added field Customer.tier');
    // A viewer reads the schema and never gets the editor.
    expect(screen.queryByRole('button', { name: 'Save as new version' })).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Fields of Customer' })).toHaveTextContent('GOLD, SILVER');
  });
});

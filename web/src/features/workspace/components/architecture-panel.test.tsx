import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import { fail, fakeApi, ok } from '@/testing/fake-api';
import { stubLayoutForReactFlow } from '@/testing/react-flow';
import { renderWithProviders, signIn } from '@/testing/render';

import { project } from '../testing/workspace-fixtures';
import type { ArchitectureBody, DiagramUpload } from '../types';
import { ArchitecturePanel } from './architecture-panel';

const stored: ArchitectureBody = {
  nodes: [
    { id: 'n1', label: 'Browser', kind: 'client', x: 0, y: 0 },
    { id: 'n2', label: 'Orders API', kind: 'service', x: 0, y: 120 },
  ],
  edges: [{ id: 'e1', source: 'n1', target: 'n2', label: 'HTTPS' }],
};

describe('ArchitecturePanel', () => {
  beforeAll(stubLayoutForReactFlow);

  it('adds a component, saves the diagram and publishes it as an SVG image', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/architecture/p-1', ok(stored));
    server.get('/architecture/p-1/diagram-url', fail(404, 'NOT_FOUND', 'No diagram'));
    server.put('/architecture/p-1', (request) => ok(request.body));
    server.post('/architecture/p-1/diagram', ok({}, 201));
    const { user } = renderWithProviders(<ArchitecturePanel project={project({ role: 'editor' })} />);

    expect(await screen.findByText('No image published yet.')).toBeInTheDocument();
    await user.selectOptions(await screen.findByLabelText('Kind'), 'database');
    await user.type(screen.getByLabelText('Label'), 'Orders table');
    await user.click(screen.getByRole('button', { name: 'Add component' }));
    await user.click(screen.getByRole('button', { name: 'Save diagram' }));

    expect(await screen.findByText('Diagram saved.')).toBeInTheDocument();
    const saved = server.seen('PUT', '/architecture/p-1')[0]?.body as ArchitectureBody;
    expect(saved.nodes.map((node) => `${node.kind}:${node.label}`)).toEqual(['client:Browser', 'service:Orders API', 'database:Orders table']);
    expect(saved.edges).toEqual([{ id: 'e1', source: 'n1', target: 'n2', label: 'HTTPS' }]);

    server.get('/architecture/p-1/diagram-url', ok({ url: 'http://127.0.0.1:4566/diagram.svg?sig=1', expiresAt: '2026-11-29T11:00:00.000Z' }));
    await user.click(screen.getByRole('button', { name: 'Publish as image' }));

    expect(await screen.findByRole('img', { name: 'Architecture diagram of Shop backend' })).toHaveAttribute('src', 'http://127.0.0.1:4566/diagram.svg?sig=1');
    const upload = server.seen('POST', '/architecture/p-1/diagram')[0]?.body as DiagramUpload;
    expect(upload.contentType).toBe('image/svg+xml');
    expect(atob(upload.diagramData)).toContain('Orders table');
  });

  it('shows a viewer the diagram without editing controls', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/architecture/p-1', ok(stored));
    server.get('/architecture/p-1/diagram-url', fail(404, 'NOT_FOUND', 'No diagram'));
    renderWithProviders(<ArchitecturePanel project={project({ role: 'viewer' })} />);

    expect(await screen.findByRole('group', { name: 'Architecture diagram' })).toBeInTheDocument();
    expect(await screen.findByText('Orders API')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add component' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save diagram' })).not.toBeInTheDocument();
  });
});

import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import { fail, fakeApi, ok, page } from '@/testing/fake-api';
import { stubLayoutForReactFlow } from '@/testing/react-flow';
import { renderWithProviders, signIn } from '@/testing/render';

import { project } from '../testing/workspace-fixtures';
import type { Architecture, ArchitectureBody, DiagramUpload } from '../types';
import { ArchitecturePanel } from './architecture-panel';

const stored: ArchitectureBody = {
  nodes: [
    { id: 'n1', label: 'Browser', kind: 'client', x: 0, y: 0 },
    { id: 'n2', label: 'Orders API', kind: 'service', x: 0, y: 120 },
  ],
  edges: [{ id: 'e1', source: 'n1', target: 'n2', label: 'HTTPS' }],
};

const saved = (body: ArchitectureBody, version: number): Architecture => ({ id: 'a-1', version, createdAt: '2026-11-29T10:00:00.000Z', createdBy: 'owner-id', ...body });
const history = page([{ version: 1, createdAt: '2026-11-29T10:00:00.000Z', createdBy: 'owner-id', nodeCount: 2, edgeCount: 1 }]);

describe('ArchitecturePanel', () => {
  beforeAll(stubLayoutForReactFlow);

  it('adds a component, saves the diagram and publishes it as an SVG image', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/architecture/p-1/versions', ok(history));
    server.get('/architecture/p-1', ok(saved(stored, 1)));
    server.put('/architecture/p-1', (request) => ok(saved(request.body as ArchitectureBody, 2)));
    server.post('/architecture/p-1/diagram', ok({ contentType: 'image/svg+xml', sizeBytes: 2048, uploadedAt: '2026-11-29T10:05:00.000Z', uploadedBy: 'owner-id' }));
    const { user } = renderWithProviders(<ArchitecturePanel project={project({ role: 'editor' })} />);

    expect(await screen.findByText('No image published yet.')).toBeInTheDocument();
    // The saved architecture names no image, so its address (a 404 the browser would log) is not asked for.
    expect(server.seen('GET', '/architecture/p-1/diagram-url')).toHaveLength(0);
    await user.selectOptions(await screen.findByLabelText('Kind'), 'database');
    await user.type(screen.getByLabelText('Label'), 'Orders table');
    await user.click(screen.getByRole('button', { name: 'Add component' }));
    await user.click(screen.getByRole('button', { name: 'Save diagram' }));

    expect(await screen.findByText('Diagram saved.')).toBeInTheDocument();
    const sent = server.seen('PUT', '/architecture/p-1')[0]?.body as ArchitectureBody;
    expect(sent.nodes.map((node) => `${node.kind}:${node.label}`)).toEqual(['client:Browser', 'service:Orders API', 'database:Orders table']);
    expect(sent.edges).toEqual([{ id: 'e1', source: 'n1', target: 'n2', label: 'HTTPS' }]);

    server.get('/architecture/p-1/diagram-url', ok({ url: 'http://127.0.0.1:4566/diagram.svg?sig=1', expiresAt: '2026-11-29T11:00:00.000Z' }));
    await user.click(screen.getByRole('button', { name: 'Publish as image' }));

    expect(await screen.findByText('Image published (2.0 KB): it shows below.')).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: 'Architecture diagram of Shop backend' })).toHaveAttribute('src', 'http://127.0.0.1:4566/diagram.svg?sig=1');
    const upload = server.seen('POST', '/architecture/p-1/diagram')[0]?.body as DiagramUpload;
    expect(upload.contentType).toBe('image/svg+xml');
    expect(atob(upload.diagramData)).toContain('Orders table');
  });

  it('starts a project without a saved diagram from an empty canvas, without asking for the diagram itself', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/architecture/p-1/versions', ok(page([])));
    server.get('/architecture/p-1/diagram-url', fail(404, 'NOT_FOUND', 'No diagram'));
    renderWithProviders(<ArchitecturePanel project={project({ role: 'editor' })} />);

    expect(await screen.findByRole('group', { name: 'Architecture diagram' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish as image' })).toBeDisabled();
    // Before the first save the diagram's route answers 404, which a browser logs as an error.
    expect(server.seen('GET', '/architecture/p-1')).toHaveLength(0);
  });

  it('shows a viewer the diagram without editing controls', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/architecture/p-1/versions', ok(history));
    server.get('/architecture/p-1', ok(saved(stored, 1)));
    server.get('/architecture/p-1/diagram-url', fail(404, 'NOT_FOUND', 'No diagram'));
    renderWithProviders(<ArchitecturePanel project={project({ role: 'viewer' })} />);

    expect(await screen.findByRole('group', { name: 'Architecture diagram' })).toBeInTheDocument();
    expect(await screen.findByText('Orders API')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add component' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save diagram' })).not.toBeInTheDocument();
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fakeApi, ok, page } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { generation, project } from '../testing/workspace-fixtures';
import type { GenerationStatus } from '../types';
import { GenerationsPanel } from './generations-panel';

describe('GenerationsPanel', () => {
  it('starts a generation, follows it to READY and gives its download link', async () => {
    signIn('user');
    const server = fakeApi();
    let status: GenerationStatus | undefined;
    let reads = 0;
    server.get('/projects/p-1/generations', () => ok(page(status ? [generation({ status })] : [])));
    server.post('/projects/p-1/generations', () => {
      status = 'QUEUED';
      return ok({ id: 'g-1', status }, 202);
    });
    server.get('/generations/g-1', () => {
      reads += 1;
      status = reads >= 2 ? 'READY' : 'RUNNING';
      return ok(generation({ status }));
    });
    server.get('/generations/g-1/download-url', ok({ url: 'http://127.0.0.1:4566/bucket/archive.zip?sig=1', expiresAt: '2026-11-29T11:00:00.000Z' }));
    const { user } = renderWithProviders(<GenerationsPanel project={project()} />);

    expect(await screen.findByText('No code generated yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Generate code' }));

    await user.click(await screen.findByRole('button', { name: 'Get download link' }, { timeout: 4000 }));
    expect(await screen.findByRole('link', { name: 'Download the zip' })).toHaveAttribute('href', 'http://127.0.0.1:4566/bucket/archive.zip?sig=1');
    expect(screen.getByRole('list', { name: 'Generated files' })).toHaveTextContent('pom.xml');
    expect(screen.getAllByText('2.0 KB').length).toBeGreaterThan(0);
    expect(server.seen('POST', '/projects/p-1/generations')[0]?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('offers a viewer no way to start one', async () => {
    signIn('user');
    const failed = generation({ status: 'FAILED', error: 'The schema has no entities', files: [] });
    const server = fakeApi();
    server.get('/projects/p-1/generations', ok(page([failed])));
    server.get('/generations/g-1', ok(failed));
    renderWithProviders(<GenerationsPanel project={project({ role: 'viewer' })} />);

    expect(await screen.findByText('The schema has no entities')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Generate code' })).not.toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fakeApi, ok } from '@/testing/fake-api';
import { renderRoutes, signIn } from '@/testing/render';

import { deployment, project } from '../testing/workspace-fixtures';
import type { DeploymentStatus } from '../types';
import { DeploymentRoute } from './deployment';

const line = (seq: number, text: string) => ({ seq, timestamp: '2026-11-29T10:50:00.000Z', text });

function renderDeployment() {
  return renderRoutes([{ path: '/deployments/:deploymentId', element: <DeploymentRoute /> }], '/deployments/d-1');
}

describe('DeploymentRoute', () => {
  it('follows the log with ?after= until the deployment succeeded, then links the app and its health', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/projects/p-1', ok(project()));
    let status: DeploymentStatus = 'BUILDING';
    server.get('/deployments/d-1', () => ok(deployment({ status, ...(status === 'SUCCEEDED' ? { url: 'http://127.0.0.1:41234' } : {}) })));
    server.get('/deployments/d-1/logs', (request) => {
      const after = request.query.get('after');
      if (after === null) return ok({ lines: [line(1, 'Unpacking archive.zip')], nextAfter: 1 });
      status = 'SUCCEEDED';
      return ok(after === '1' ? { lines: [line(2, 'BUILD SUCCESS'), line(3, 'Started on port 41234')], nextAfter: 3 } : { lines: [], nextAfter: Number(after) });
    });
    renderDeployment();

    const log = await screen.findByRole('log', { name: 'Deployment log' });
    expect(await within(log).findByText('Unpacking archive.zip')).toBeInTheDocument();
    expect(await within(log).findByText('Started on port 41234', {}, { timeout: 4000 })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'http://127.0.0.1:41234' }, { timeout: 4000 })).toHaveAttribute('href', 'http://127.0.0.1:41234');
    expect(screen.getByRole('link', { name: 'Health check' })).toHaveAttribute('href', 'http://127.0.0.1:41234/actuator/health');
    expect(within(log).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Unpacking archive.zip', 'BUILD SUCCESS', 'Started on port 41234']);
    expect(screen.queryByRole('button', { name: 'Cancel deployment' })).not.toBeInTheDocument();
    const afters = server.seen('GET', '/deployments/d-1/logs').map((request) => request.query.get('after'));
    expect(afters.slice(0, 2)).toEqual([null, '1']);
  });

  it('cancels a running deployment after confirmation', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/projects/p-1', ok(project({ role: 'editor' })));
    let status: DeploymentStatus = 'DEPLOYING';
    server.get('/deployments/d-1', () => ok(deployment({ status })));
    server.get('/deployments/d-1/logs', ok({ lines: [], nextAfter: 0 }));
    server.post('/deployments/d-1/cancel', () => {
      status = 'CANCELLED';
      return ok(deployment({ status, reason: 'Cancelled by a team member' }));
    });
    const { user } = renderDeployment();

    await user.click(await screen.findByRole('button', { name: 'Cancel deployment' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel this deployment?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel deployment' }));

    expect(await screen.findByText('Cancelled')).toBeInTheDocument();
    expect(screen.getByText('Cancelled by a team member')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel deployment' })).not.toBeInTheDocument();
    expect(server.seen('POST', '/deployments/d-1/cancel')).toHaveLength(1);
  });

  it('stops a live app after confirmation: the deployment reads STOPPED with its reason and no address', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/projects/p-1', ok(project({ role: 'editor' })));
    server.get('/deployments/d-1', ok(deployment({ status: 'SUCCEEDED', url: 'http://127.0.0.1:41234' })));
    server.get('/deployments/d-1/logs', ok({ lines: [], nextAfter: 0 }));
    server.post('/deployments/d-1/cancel', ok(deployment({ status: 'STOPPED', reason: 'Stopped by a team member' })));
    const { user } = renderDeployment();

    await user.click(await screen.findByRole('button', { name: 'Stop app' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Stop this app?' })).getByRole('button', { name: 'Stop app' }));

    expect(await screen.findByText('The app has stopped')).toBeInTheDocument();
    expect(screen.getByText('Stopped by a team member')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'http://127.0.0.1:41234' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop app' })).not.toBeInTheDocument();
  });

  it('offers a viewer no cancel button', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/projects/p-1', ok(project({ role: 'viewer' })));
    server.get('/deployments/d-1', ok(deployment({ status: 'BUILDING' })));
    server.get('/deployments/d-1/logs', ok({ lines: [], nextAfter: 0 }));
    renderDeployment();

    expect(await screen.findByRole('link', { name: 'Shop backend: all deployments' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel deployment' })).not.toBeInTheDocument();
  });
});

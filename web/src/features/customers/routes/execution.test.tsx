import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import { fail, fakeApi, ok } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { stubLayoutForReactFlow } from '@/testing/react-flow';
import { execution, registrationWorkflow, step } from '../testing/customers-fixtures';
import { ExecutionRoute } from './execution';

beforeAll(stubLayoutForReactFlow);

function renderExecution() {
  return renderWithProviders(<ExecutionRoute />, { path: '/customers/executions/:executionId', url: '/customers/executions/exec-1' });
}

/** The graph's box for a state: its name, then its type and outcome in words. */
async function stateBox(name: string) {
  const graph = await screen.findByTestId('rf__wrapper');
  return within(graph).findByText(name);
}

describe('ExecutionRoute', () => {
  it('follows a running execution until it succeeds, colouring the graph and growing the history', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/customers/workflow', ok(registrationWorkflow));
    // Running until the test has looked at the running picture, then finished.
    let finished = false;
    server.get('/customers/executions/exec-1', () => {
      return !finished
        ? ok(execution({ steps: [step('Validate', 'Task', 'SUCCEEDED', { output: { valid: true } }), step('IsValid', 'Choice', 'RUNNING')] }))
        : ok(
            execution({
              status: 'SUCCEEDED',
              stoppedAt: '2026-11-29T10:00:01.000Z',
              output: { id: 'cust-001' },
              steps: [
                step('Validate', 'Task', 'SUCCEEDED'),
                step('IsValid', 'Choice', 'SUCCEEDED'),
                step('Insert', 'Task', 'SUCCEEDED', { attempts: 2 }),
                step('Registered', 'Succeed', 'SUCCEEDED'),
              ],
            }),
          );
    });
    renderExecution();

    expect(await screen.findByRole('heading', { name: 'Registration of cust-001' })).toBeInTheDocument();
    expect(screen.getByText('This page updates by itself.')).toBeInTheDocument();
    expect((await stateBox('IsValid')).closest('button')).toHaveTextContent('Choice·◔Running');
    expect((await stateBox('Insert')).closest('.react-flow__node')).toHaveTextContent('Not entered');
    finished = true;

    const history = screen.getByRole('list', { name: 'Steps, in the order entered' });
    await within(history).findByRole('heading', { name: /Registered/ }, { timeout: 3000 });
    expect(within(history).getAllByRole('listitem').map((item) => within(item).getByRole('heading').textContent)).toEqual([
      '1. Validate (Task)',
      '2. IsValid (Choice)',
      '3. Insert (Task)',
      '4. Registered (Succeed)',
    ]);
    expect((await stateBox('Insert')).closest('button')).toHaveTextContent('Succeeded');
    expect((await stateBox('LogRejection')).closest('.react-flow__node')).toHaveTextContent('Not entered');
    expect(screen.queryByText('This page updates by itself.')).not.toBeInTheDocument();
  });

  it('shows why a registration failed, with the caught step and its error as JSON', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/customers/workflow', ok(registrationWorkflow));
    const duplicate = { code: 'DUPLICATE_ENTRY', cause: 'Customer cust-001 already exists' };
    server.get(
      '/customers/executions/exec-1',
      ok(
        execution({
          status: 'FAILED',
          stoppedAt: '2026-11-29T10:00:01.000Z',
          error: duplicate,
          steps: [
            step('Validate', 'Task', 'CAUGHT', { error: duplicate }),
            step('LogRejection', 'Task', 'SUCCEEDED', { output: { reason: 'DUPLICATE_ENTRY' } }),
            step('Rejected', 'Fail', 'FAILED', { error: duplicate }),
          ],
        }),
      ),
    );
    const { user } = renderExecution();

    expect(await screen.findByText(/^Status:/)).toHaveTextContent('Status: ✕Failed');
    expect(screen.getAllByText('DUPLICATE_ENTRY').length).toBeGreaterThan(0);
    const history = screen.getByRole('list', { name: 'Steps, in the order entered' });
    const validate = within(history).getAllByRole('listitem')[0] as HTMLElement;
    expect(within(validate).getByText('Caught')).toBeInTheDocument();

    await user.click(within(validate).getByText('Error'));
    expect(within(validate).getByText(/"code": "DUPLICATE_ENTRY"/)).toBeVisible();

    // Choosing a state in the graph with the keyboard moves focus to its step in the history.
    ((await stateBox('LogRejection')).closest('button') as HTMLElement).focus();
    await user.keyboard('{Enter}');
    expect(within(history).getAllByRole('listitem')[1]).toHaveFocus();
  });

  it('has a legend that names every outcome in words', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/customers/workflow', ok(registrationWorkflow));
    server.get('/customers/executions/exec-1', ok(execution({ status: 'SUCCEEDED', steps: [] })));
    renderExecution();

    const legend = await screen.findByRole('list', { name: 'Legend' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '○Not entered',
      '◔Running',
      '✓Succeeded',
      '✕Failed',
      '↪Caught',
    ]);
  });

  it('says so when the execution does not exist', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/customers/workflow', ok(registrationWorkflow));
    server.get('/customers/executions/exec-1', fail(404, 'NOT_FOUND', 'No execution exec-1'));
    renderExecution();

    expect(await screen.findByRole('alert')).toHaveTextContent('No execution exec-1');
  });
});

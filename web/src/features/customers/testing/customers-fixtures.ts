import type { Customer, Execution, ExecutionStep } from '../types';
import type { WorkflowDefinition } from '../workflow-definition';

/** The registration workflow as docs/API.md describes it (the insert catches one error by name). */
export const registrationWorkflow: WorkflowDefinition = {
  StartAt: 'Validate',
  States: {
    Validate: { Type: 'Task', Next: 'IsValid', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'LogRejection' }] },
    IsValid: { Type: 'Choice', Choices: [{ Variable: '$.valid', BooleanEquals: true, Next: 'Insert' }], Default: 'LogRejection' },
    Insert: { Type: 'Task', Next: 'Registered', Catch: [{ ErrorEquals: ['DuplicateEntry'], Next: 'LogRejection' }] },
    Registered: { Type: 'Succeed' },
    LogRejection: { Type: 'Task', Next: 'Rejected' },
    Rejected: { Type: 'Fail' },
  },
};

export function step(name: string, type: string, status: ExecutionStep['status'], over: Partial<ExecutionStep> = {}): ExecutionStep {
  return {
    name,
    type,
    status,
    enteredAt: '2026-11-29T10:00:00.100Z',
    ...(status === 'RUNNING' ? {} : { exitedAt: '2026-11-29T10:00:00.520Z' }),
    input: { id: 'cust-001' },
    attempts: 1,
    ...over,
  };
}

export function execution(over: Partial<Execution> = {}): Execution {
  return {
    executionId: 'exec-1',
    status: 'RUNNING',
    input: { customer: { id: 'cust-001' }, requestedBy: { userId: 'admin-id' }, requestedAt: '2026-11-29T10:00:00.000Z' },
    startedAt: '2026-11-29T10:00:00.000Z',
    steps: [],
    ...over,
  };
}

export function customer(over: Partial<Customer> = {}): Customer {
  return { id: 'cust-001', createdAt: '2026-11-29T10:00:01.000Z', createdBy: 'admin-id', executionId: 'exec-1', ...over };
}

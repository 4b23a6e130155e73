/**
 * The customers module's entities, written by hand from docs/API.md ("Customers (seed 004)") until
 * the back end publishes them in docs/openapi.json; then each becomes `Sent<Schemas['…']>` here
 * and nothing else in the feature changes.
 */
export const EXECUTION_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

export const STEP_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'CAUGHT'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** Why a step or an execution failed: a code such as `DUPLICATE_ENTRY`, and a sentence. */
export type StepError = { code: string; cause: string };

export type Customer = {
  id: string;
  name?: string;
  email?: string;
  attributes?: Record<string, string>;
  createdAt: string;
  /** The user id of the caller, or of the admin who owns the key. */
  createdBy: string;
  /** Present when an API key registered the customer. */
  apiKeyId?: string;
  executionId: string;
};

export type ExecutionStep = {
  name: string;
  type: string;
  status: StepStatus;
  enteredAt: string;
  exitedAt?: string;
  input: unknown;
  output?: unknown;
  error?: StepError;
  attempts: number;
};

export type ExecutionSummary = {
  executionId: string;
  status: ExecutionStatus;
  input: unknown;
  output?: unknown;
  error?: StepError;
  startedAt: string;
  /** Present once the status is not RUNNING. */
  stoppedAt?: string;
};

/** Steps in the order entered. */
export type Execution = ExecutionSummary & { steps: ExecutionStep[] };

export type RegistrationStarted = { executionId: string; status: ExecutionStatus };

export type CustomerDeleted = { deletedId: string };

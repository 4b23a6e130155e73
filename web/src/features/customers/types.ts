import type { Narrow, Schemas, Sent } from '@/lib/typed-api';

/**
 * The customers module's entities, from the OpenAPI document (docs/openapi.json). The document
 * types the statuses as plain strings and every field as optional; the server only ever sends
 * these values, and always sends the fields not listed as optional here (docs/API.md).
 */
export const EXECUTION_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

export const STEP_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'CAUGHT'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** Why a step or an execution failed: a code such as `DUPLICATE_ENTRY`, and a sentence. */
export type StepError = Sent<Schemas['ExecutionErrorResponse']>;

/** `apiKeyId` is present when an API key registered the customer. */
export type Customer = Sent<Schemas['CustomerResponse'], 'name' | 'email' | 'attributes' | 'apiKeyId'>;

export type ExecutionStep = Narrow<Sent<Schemas['StepResponse'], 'exitedAt' | 'output' | 'error'>, { status: StepStatus; error?: StepError }>;

/** `stoppedAt` is present once the status is not RUNNING. */
export type ExecutionSummary = Narrow<
  Sent<Schemas['ExecutionSummaryResponse'], 'output' | 'error' | 'stoppedAt'>,
  { status: ExecutionStatus; error?: StepError }
>;

/** Steps in the order entered. */
export type Execution = Narrow<
  Sent<Schemas['ExecutionResponse'], 'output' | 'error' | 'stoppedAt'>,
  { status: ExecutionStatus; error?: StepError; steps: ExecutionStep[] }
>;

export type RegistrationStarted = Narrow<Sent<Schemas['RegistrationAccepted']>, { status: ExecutionStatus }>;

export type CustomerDeleted = Sent<Schemas['CustomerDeleted']>;

/** What a list query asks for; part of its query key. */
export type CustomerFilters = { prefix?: string; nextToken?: string; limit?: number };

/** What a list query asks for; part of its query key. */
export type ExecutionFilters = { status?: ExecutionStatus; nextToken?: string; limit?: number };

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';

import type { RegistrationStarted } from '../types';
import { serverOf, useConnection, type Connection } from './connection';
import { customersApi } from './customers-client';
import { customersKeys } from './customers-keys';

/**
 * The checks the server makes at the door (docs/API.md: 400, nothing started). The id's format,
 * the email's validity and duplicates are the workflow's to decide, so they are not checked here:
 * the execution shows them.
 */
export const MAX_ATTRIBUTES = 20;

const attributeSchema = z.object({
  key: z.string().trim().min(1, 'Enter a key').max(64, 'At most 64 characters'),
  value: z.string().max(256, 'At most 256 characters'),
});

export const registerCustomerInputSchema = z.object({
  id: z.string().min(1, 'Enter an id').max(256, 'At most 256 characters'),
  name: z.string().max(200, 'At most 200 characters').optional(),
  email: z.string().max(254, 'At most 254 characters').optional(),
  attributes: z
    .array(attributeSchema)
    .max(MAX_ATTRIBUTES, `At most ${MAX_ATTRIBUTES} attributes`)
    .superRefine((rows, context) => {
      const seen = new Set<string>();
      rows.forEach((row, index) => {
        const key = row.key.trim();
        if (key && seen.has(key)) context.addIssue({ code: 'custom', path: [index, 'key'], message: 'This key is already used' });
        seen.add(key);
      });
    }),
});

export type RegisterCustomerInput = z.infer<typeof registerCustomerInputSchema>;

export type RegisterCustomerBody = { id: string; name?: string; email?: string; attributes?: Record<string, string> };

/** The body the API takes: empty optional fields left out, attribute rows as an object. */
export function toRegisterBody(input: RegisterCustomerInput): RegisterCustomerBody {
  const body: RegisterCustomerBody = { id: input.id };
  if (input.name?.trim()) body.name = input.name.trim();
  if (input.email?.trim()) body.email = input.email.trim();
  if (input.attributes.length > 0) body.attributes = Object.fromEntries(input.attributes.map((row) => [row.key.trim(), row.value]));
  return body;
}

/** `idempotencyKey` is the same for every send of one body, so a double click starts one workflow. */
export type RegisterCustomerVariables = { body: RegisterCustomerBody; idempotencyKey: string };

export async function registerCustomer(connection: Connection | undefined, { body, idempotencyKey }: RegisterCustomerVariables): Promise<RegistrationStarted> {
  return (await customersApi(connection).post('/customers', { body, headers: { 'Idempotency-Key': idempotencyKey } })) as RegistrationStarted;
}

export function useRegisterCustomer({
  mutationConfig,
}: { mutationConfig?: MutationConfig<(variables: RegisterCustomerVariables) => Promise<RegistrationStarted>> } = {}) {
  const connection = useConnection();
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: (variables: RegisterCustomerVariables) => registerCustomer(connection, variables),
    onSuccess: (started, variables) => {
      void queryClient.invalidateQueries({ queryKey: customersKeys.executions.lists(serverOf(connection)) });
      onSuccess?.(started, variables);
    },
    ...rest,
  });
}

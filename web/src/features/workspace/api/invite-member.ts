import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { PROJECT_ROLES, type Invitation, type InvitationBody } from '../types';

export const inviteMemberInputSchema = z.object({
  email: z.string().trim().min(1, 'Enter an email address').pipe(z.email('Enter a valid email address')),
  role: z.enum(PROJECT_ROLES, 'Choose a role'),
});

export type InviteMemberInput = z.infer<typeof inviteMemberInputSchema>;

export type InviteMemberVariables = { projectId: string; body: InvitationBody };

/** Emails a single-use link valid 7 days; the member joins once they accept it. */
export function inviteMember({ projectId, body }: InviteMemberVariables): Promise<Invitation> {
  return typedApi.post('/projects/{id}/invitations', { path: { id: projectId }, body }) as Promise<Invitation>;
}

export function useInviteMember({ mutationConfig }: { mutationConfig?: MutationConfig<typeof inviteMember> } = {}) {
  return useMutation({ mutationFn: inviteMember, ...mutationConfig });
}

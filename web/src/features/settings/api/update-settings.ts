import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import type { MutationConfig } from '@/lib/query-client';
import { isKnownTimeZone } from '@/lib/time-zone';
import { typedApi } from '@/lib/typed-api';

import type { Settings, SettingsBody } from '../types';
import { settingsKeys } from './settings-keys';

/** The profile part of the settings form, with the contract's limits (displayName 1–100, an IANA zone). */
export const profileInputSchema = z.object({
  displayName: z.string().trim().min(1, 'Enter a display name.').max(100, 'At most 100 characters.'),
  timeZone: z.string().refine((zone) => zone !== '' && isKnownTimeZone(zone), 'Choose a time zone from the list.'),
});

export type ProfileInput = z.infer<typeof profileInputSchema>;

export async function updateSettings(body: SettingsBody): Promise<Settings> {
  return (await typedApi.put('/settings', { body })) as Settings;
}

export function useUpdateSettings({ mutationConfig }: { mutationConfig?: MutationConfig<typeof updateSettings> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationKey: settingsKeys.save(),
    mutationFn: updateSettings,
    onSuccess: (settings, body) => {
      queryClient.setQueryData(settingsKeys.settings(), settings);
      onSuccess?.(settings, body);
    },
    ...rest,
  });
}

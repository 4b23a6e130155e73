import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import { settingsKeys } from './settings-keys';

export async function deleteProfilePicture(): Promise<void> {
  await typedApi.delete('/settings/profile-picture', {});
}

export function useDeleteProfilePicture({ mutationConfig }: { mutationConfig?: MutationConfig<typeof deleteProfilePicture> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: deleteProfilePicture,
    onSuccess: (data, variables) => {
      queryClient.setQueryData(settingsKeys.pictureUrl(), null);
      void queryClient.invalidateQueries({ queryKey: settingsKeys.settings() });
      onSuccess?.(data, variables);
    },
    ...rest,
  });
}

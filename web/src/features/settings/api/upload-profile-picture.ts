import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { PictureType } from '../types';
import { settingsKeys } from './settings-keys';

export type PictureUpload = { imageData: string; contentType: PictureType };

export async function uploadProfilePicture(body: PictureUpload): Promise<void> {
  await typedApi.post('/settings/profile-picture', { body });
}

export function useUploadProfilePicture({ mutationConfig }: { mutationConfig?: MutationConfig<typeof uploadProfilePicture> } = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    mutationFn: uploadProfilePicture,
    onSuccess: (data, body) => {
      void queryClient.invalidateQueries({ queryKey: settingsKeys.pictureUrl() });
      void queryClient.invalidateQueries({ queryKey: settingsKeys.settings() });
      onSuccess?.(data, body);
    },
    ...rest,
  });
}

import { queryOptions, useQuery } from '@tanstack/react-query';

import { isApiError } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/query-client';
import { typedApi } from '@/lib/typed-api';

import type { PictureUrl } from '../types';
import { settingsKeys } from './settings-keys';

/** The picture's presigned address, or null when the user has none (the API answers 404). */
export async function getProfilePictureUrl(signal?: AbortSignal): Promise<PictureUrl | null> {
  try {
    return (await typedApi.get('/settings/profile-picture/url', { signal })) as PictureUrl;
  } catch (error) {
    if (isApiError(error, 'NOT_FOUND')) return null;
    throw error;
  }
}

export function getProfilePictureUrlQueryOptions() {
  return queryOptions({
    queryKey: settingsKeys.pictureUrl(),
    queryFn: ({ signal }) => getProfilePictureUrl(signal),
    // Ask again well before the address expires (presigned URLs last minutes, not hours).
    staleTime: 60_000,
    refetchInterval: 4 * 60_000,
  });
}

export function useProfilePictureUrl({ queryConfig }: { queryConfig?: QueryConfig } = {}) {
  return useQuery({ ...getProfilePictureUrlQueryOptions(), ...queryConfig });
}

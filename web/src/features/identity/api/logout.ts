import { useMutation, useQueryClient } from '@tanstack/react-query';

import { endSession, getRefreshToken } from '@/lib/session';
import { typedApi } from '@/lib/typed-api';

/** Revokes the refresh token; the local session ends whatever the server says. */
export async function logout(): Promise<void> {
  const refreshToken = getRefreshToken();
  try {
    if (refreshToken) await typedApi.post('/auth/logout', { body: { refreshToken } });
  } finally {
    endSession('logged-out');
  }
}

export function useLogout({ onSettled }: { onSettled?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      onSettled?.();
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { endSession, getRefreshToken } from '@/lib/session';

/** Revokes the refresh token; the local session ends whatever the server says. */
export async function logout(): Promise<void> {
  const refreshToken = getRefreshToken();
  try {
    if (refreshToken) await api.post<unknown>('/auth/logout', { refreshToken });
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

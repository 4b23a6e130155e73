import { useCallback, useRef } from 'react';

import { newId } from '@/lib/ids';

/**
 * One Idempotency-Key per body until it is settled: sending the same body again (a double click, a
 * retry after a network error) reuses the key, so the server starts one workflow; a different
 * body, or the same one after `settle()` (it was accepted), gets a new key.
 */
export function useIdempotencyKey() {
  const last = useRef<{ body: string; key: string } | undefined>(undefined);
  const keyFor = useCallback((body: unknown) => {
    const text = JSON.stringify(body);
    if (last.current?.body !== text) last.current = { body: text, key: newId() };
    return last.current.key;
  }, []);
  const settle = useCallback(() => {
    last.current = undefined;
  }, []);
  return { keyFor, settle };
}

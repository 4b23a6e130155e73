import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The page's query parameters, and a way to change some of them while keeping the others. Filters
 * live in the address so a filtered page can be reloaded and shared; a change replaces the history
 * entry, so Back leaves the page instead of undoing each keystroke.
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, string | undefined>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { params, update };
}

/** `value` when it is one of `choices`, else undefined (a hand-edited or stale address). */
export function choiceOf<T extends string>(choices: readonly T[], value: string | null): T | undefined {
  return (choices as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
}

/** The parameter `name` when it is one of `choices`, and a setter that keeps the other parameters. */
export function useUrlChoice<T extends string>(name: string, choices: readonly T[]): [T | undefined, (value: T | undefined) => void] {
  const { params, update } = useUrlParams();
  const set = useCallback(
    (value: T | undefined) => {
      update({ [name]: value });
    },
    [name, update],
  );
  return [choiceOf(choices, params.get(name)), set];
}

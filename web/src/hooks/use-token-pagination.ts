import { useCallback, useState } from 'react';

/**
 * Next/previous over `nextToken` pages: the API only goes forward, so the tokens of the pages
 * already seen are kept to go back. `resetKey` (the filters) starts again at page one.
 */
export function useTokenPagination(resetKey: string) {
  const [state, setState] = useState<{ key: string; tokens: (string | undefined)[] }>({ key: resetKey, tokens: [undefined] });
  const tokens = state.key === resetKey ? state.tokens : [undefined];
  const pageIndex = tokens.length - 1;

  const next = useCallback(
    (nextToken: string | undefined) => {
      if (!nextToken) return;
      setState((current) => ({ key: resetKey, tokens: [...(current.key === resetKey ? current.tokens : [undefined]), nextToken] }));
    },
    [resetKey],
  );

  const previous = useCallback(() => {
    setState((current) => ({ key: resetKey, tokens: current.tokens.length > 1 ? current.tokens.slice(0, -1) : current.tokens }));
  }, [resetKey]);

  return { token: tokens[pageIndex], pageNumber: pageIndex + 1, hasPrevious: pageIndex > 0, next, previous };
}

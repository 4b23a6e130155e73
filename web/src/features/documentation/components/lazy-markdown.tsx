import { lazy, Suspense } from 'react';

import { LoadingState } from '@/components/ui/states';

// The markdown parser and sanitiser are a large part of the console: load them with the first page shown.
const Markdown = lazy(() => import('./markdown').then((module) => ({ default: module.Markdown })));

/** {@link Markdown}, loaded on first use. */
export function LazyMarkdown({ children }: { children: string }) {
  return (
    <Suspense fallback={<LoadingState label="Rendering the page" />}>
      <Markdown>{children}</Markdown>
    </Suspense>
  );
}

import { useId, type ReactNode } from 'react';

/** A titled part of a workspace page, named by its heading for screen readers. */
export function PanelSection({ title, className, children }: { title: ReactNode; className?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} className="mb-3 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';

export function AuthLayout({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md">
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
        {description && <div className="mt-1 text-slate-700">{description}</div>}
        <div className="mt-6">{children}</div>
      </div>
    </div>
  );
}

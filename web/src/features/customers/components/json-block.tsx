/** A value as pretty JSON behind a summary line; its box scrolls sideways, the page does not. */
export function JsonBlock({ label, value, open = false }: { label: string; value: unknown; open?: boolean }) {
  return (
    <details className="group rounded border border-slate-200 bg-white" open={open}>
      <summary className="cursor-pointer px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50">{label}</summary>
      <pre className="max-h-64 overflow-auto border-t border-slate-200 bg-slate-50 p-2 text-xs text-slate-900">{JSON.stringify(value, null, 2)}</pre>
    </details>
  );
}

/** A step's clock time to the millisecond: steps of one execution are often less than a second apart. */
export function formatStepTime(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 }).format(date);
}

/** "420 ms", "3.2 s"; undefined while the step runs. */
export function formatDuration(fromIso: string, toIso: string | undefined): string | undefined {
  if (!toIso) return undefined;
  const ms = new Date(toIso).getTime() - new Date(fromIso).getTime();
  if (Number.isNaN(ms) || ms < 0) return undefined;
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

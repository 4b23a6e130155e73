/**
 * The audit filters' `from` and `to` are ISO-8601 instants in the address and the API; the inputs
 * show them as local date and time to the minute (`datetime-local`). `to` is inclusive, so it
 * covers the whole minute it names.
 */
function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** "2026-01-15T10:30" in the browser's time zone; '' for an absent or unreadable instant. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The instant a local "from" names: the start of its minute. */
export function fromLocalInput(local: string): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The instant a local "to" names: the last millisecond of its minute. */
export function toLocalInputEnd(local: string): string | undefined {
  const start = fromLocalInput(local);
  return start === undefined ? undefined : new Date(Date.parse(start) + 59_999).toISOString();
}

/**
 * The customer id a registration was started with. The workflow's input is
 * `{"customer": {"id", ...}, "requestedBy", "requestedAt"}`; a bare `{"id"}` is read too.
 */
export function customerIdOf(input: unknown): string | undefined {
  const record = asRecord(input);
  const id = asRecord(record?.customer)?.id ?? record?.id;
  return typeof id === 'string' ? id : undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

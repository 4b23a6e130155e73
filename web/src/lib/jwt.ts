/** Reads (never verifies: the server does) the claims of a JWT. */
export type IdTokenClaims = {
  sub?: string;
  email?: string;
  exp?: number;
  'cognito:groups'?: string[];
};

export function decodeClaims(token: string): IdTokenClaims {
  const payload = token.split('.')[1];
  if (!payload) return {};
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof parsed !== 'object' || parsed === null) return {};
    const record = parsed as Record<string, unknown>;
    const groups = record['cognito:groups'];
    return {
      sub: typeof record.sub === 'string' ? record.sub : undefined,
      email: typeof record.email === 'string' ? record.email : undefined,
      exp: typeof record.exp === 'number' ? record.exp : undefined,
      'cognito:groups': Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : undefined,
    };
  } catch {
    return {};
  }
}

import { useSyncExternalStore } from 'react';
import { z } from 'zod';

import type { RequestOptions } from '@/lib/api-client';

/**
 * Seed 004's Settings panel: the customers pages can act as a client of another Stratus, reached
 * at its base URL with an API key instead of the signed-in session. The choice is kept in this
 * browser's localStorage; no connection saved means "this Stratus, with my session".
 */
export type Connection = { baseUrl: string; apiKey: string };

const STORAGE_KEY = 'stratus.customers.connection';

/** `stx_<8 chars>_<32+ random chars>` (docs/API.md, API keys). */
const API_KEY = /^stx_\S{8}_\S{32,}$/;

export const connectionInputSchema = z.object({
  baseUrl: z
    .string()
    .trim()
    .min(1, 'Enter the address of a Stratus')
    .refine((value) => /^https?:\/\/[^/\s]+/i.test(value) && URL.canParse(value), 'Enter an http:// or https:// address'),
  apiKey: z.string().trim().regex(API_KEY, 'An API key looks like stx_xxxxxxxx_ followed by at least 32 characters'),
});

export type ConnectionInput = z.infer<typeof connectionInputSchema>;

/** "https://stratus.example.com/" and "https://stratus.example.com/api" both name the same Stratus. */
export function normalizeBaseUrl(text: string): string {
  return text.trim().replace(/\/+$/, '').replace(/\/api$/, '');
}

/** What lists of keys show: `stx_` and its eight characters, never the secret part. */
export function keyPrefix(apiKey: string): string {
  return apiKey.slice(0, 'stx_'.length + 8);
}

/** The request options that send a call to `connection` with its key, or to this Stratus with the session. */
export function connectionOptions(connection: Connection | undefined): Pick<RequestOptions, 'baseUrl' | 'auth' | 'headers'> {
  if (!connection) return {};
  return { baseUrl: `${connection.baseUrl}/api`, auth: false, headers: { 'X-Api-Key': connection.apiKey } };
}

/** A stable name for where the data comes from, for query keys: another server's data never mixes with ours. */
export function serverOf(connection: Connection | undefined): string {
  return connection?.baseUrl ?? 'this';
}

const listeners = new Set<() => void>();
let cached: { raw: string | null; connection: Connection | undefined } = { raw: null, connection: undefined };

function readRaw(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be off (private mode): then there is simply no saved connection.
    return null;
  }
}

function parse(raw: string | null): Connection | undefined {
  if (raw === null) return undefined;
  try {
    const parsed = connectionInputSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { baseUrl: normalizeBaseUrl(parsed.data.baseUrl), apiKey: parsed.data.apiKey } : undefined;
  } catch {
    return undefined;
  }
}

/** The saved connection, or undefined for this Stratus; the same object until the storage changes. */
export function getConnection(): Connection | undefined {
  const raw = readRaw();
  if (raw !== cached.raw) cached = { raw, connection: parse(raw) };
  return cached.connection;
}

function notify(): void {
  for (const listener of listeners) listener();
}

export function saveConnection(input: ConnectionInput): Connection {
  const connection = { baseUrl: normalizeBaseUrl(input.baseUrl), apiKey: input.apiKey.trim() };
  localStorage.setItem(STORAGE_KEY, JSON.stringify(connection));
  notify();
  return connection;
}

/** Back to this Stratus and the signed-in session. */
export function clearConnection(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was saved where storage is off.
  }
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab saved or cleared the connection.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useConnection(): Connection | undefined {
  return useSyncExternalStore(subscribe, getConnection, getConnection);
}

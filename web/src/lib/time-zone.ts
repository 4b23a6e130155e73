import { useSyncExternalStore } from 'react';

/**
 * The time zone the console shows times in: the signed-in user's setting once it is known, else the
 * browser's. One store for the whole console, so `formatDateTime` needs no zone from its callers;
 * the app layer sets it from the user's settings (and back to undefined on sign-out).
 */
let chosen: string | undefined;
const listeners = new Set<() => void>();

/** The browser's own zone (an IANA name such as "Europe/Paris"). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** True when `Intl` knows the zone; an unknown one would make every date format throw. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function displayTimeZone(): string {
  return chosen ?? browserTimeZone();
}

/** `zone`: the user's setting; undefined (or a zone `Intl` does not know) falls back to the browser's. */
export function setDisplayTimeZone(zone: string | undefined): void {
  const next = zone && isKnownTimeZone(zone) ? zone : undefined;
  if (next === chosen) return;
  chosen = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The zone times are shown in; a component using it draws again when it changes. */
export function useDisplayTimeZone(): string {
  return useSyncExternalStore(subscribe, displayTimeZone, displayTimeZone);
}

/**
 * The IANA zones to choose from: what the browser's `Intl` knows, plus UTC (some engines leave it
 * out of the list) and `extra` (the saved and the browser's zone, so a choice never vanishes).
 */
export function timeZoneChoices(extra: readonly string[] = []): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...known, 'UTC', ...extra.filter(Boolean)])].sort((a, b) => a.localeCompare(b));
}

/** The zones whose name holds every word of `search` ("new york", "europe par"); `keep` stays in. */
export function filterTimeZones(zones: readonly string[], search: string, keep?: string): string[] {
  const words = search.toLowerCase().split(/[\s/_]+/).filter(Boolean);
  if (words.length === 0) return [...zones];
  return zones.filter((zone) => {
    if (zone === keep) return true;
    const name = zone.toLowerCase().replace(/_/g, ' ');
    return words.every((word) => name.includes(word));
  });
}

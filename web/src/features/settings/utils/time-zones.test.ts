import { describe, expect, it } from 'vitest';

import { filterTimeZones, timeZoneChoices } from './time-zones';

describe('time zones', () => {
  it('offers the IANA zones, UTC and the given ones, once each and sorted', () => {
    const zones = timeZoneChoices(['Europe/Paris', 'UTC']);
    expect(zones).toContain('Europe/Paris');
    expect(zones).toContain('America/New_York');
    expect(zones.filter((zone) => zone === 'UTC')).toHaveLength(1);
    expect([...zones].sort((a, b) => a.localeCompare(b))).toEqual(zones);
  });

  it('finds zones by every word typed, spaces standing for underscores', () => {
    const zones = ['America/New_York', 'America/Los_Angeles', 'Europe/Paris', 'UTC'];
    expect(filterTimeZones(zones, 'new york')).toEqual(['America/New_York']);
    expect(filterTimeZones(zones, 'america')).toEqual(['America/New_York', 'America/Los_Angeles']);
    expect(filterTimeZones(zones, 'par', 'UTC')).toEqual(['Europe/Paris', 'UTC']);
    expect(filterTimeZones(zones, '  ')).toEqual(zones);
  });
});

import { useEffect } from 'react';

import { useSettings } from '@/features/settings/api/get-settings';
import { useCurrentUser } from '@/lib/session';
import { setDisplayTimeZone, useDisplayTimeZone } from '@/lib/time-zone';

/**
 * The console's one source of the display time zone: the signed-in user's setting, else the
 * browser's. It feeds lib/time-zone, which every date format reads; returns the zone in use.
 */
export function useUserTimeZone(): string {
  const user = useCurrentUser();
  const settings = useSettings({ queryConfig: { enabled: Boolean(user) } });
  const zone = user ? settings.data?.timeZone : undefined;
  useEffect(() => {
    setDisplayTimeZone(zone);
  }, [zone]);
  return useDisplayTimeZone();
}

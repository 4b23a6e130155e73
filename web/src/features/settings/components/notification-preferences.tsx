import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { activityLabel, CRITICAL_ACTIVITY_TYPES } from '@/lib/activity-types';
import { errorMessage } from '@/lib/api-client';

import { useUpdateSettings } from '../api/update-settings';
import type { Channels, Settings } from '../types';

/** Only for a type the server did not list (it lists every notifying one, with its defaults). */
const DEFAULT_CHANNELS: Channels = { inApp: true, email: false };

/** The critical types first, then any other type the server keeps a preference for. */
export function preferenceTypes(saved: Record<string, Channels>): string[] {
  return [...CRITICAL_ACTIVITY_TYPES, ...Object.keys(saved).filter((type) => !(CRITICAL_ACTIVITY_TYPES as readonly string[]).includes(type)).sort()];
}

/** Activity type × channel as a table of checkboxes, saved together. */
export function NotificationPreferences({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState(settings.notifications);
  const save = useUpdateSettings();
  const channelsOf = (type: string) => draft[type] ?? settings.notifications[type] ?? DEFAULT_CHANNELS;
  const toggle = (type: string, channel: keyof Channels) => {
    setDraft((current) => ({ ...current, [type]: { ...channelsOf(type), [channel]: !channelsOf(type)[channel] } }));
  };
  const types = preferenceTypes(settings.notifications);
  return (
    <form
      aria-label="Notification preferences"
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        const notifications = Object.fromEntries(types.map((type) => [type, channelsOf(type)]));
        save.mutate({ notifications });
      }}
    >
      <DataTable caption="Notification preferences by activity type" columns={['Activity', 'In the console', 'By email']}>
        {types.map((type) => {
          const channels = channelsOf(type);
          const label = activityLabel(type);
          return (
            <tr key={type} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 font-medium text-slate-900">
                {label}
              </th>
              <td className="px-3 py-2">
                <input type="checkbox" className="h-5 w-5" aria-label={`${label}: in the console`} checked={channels.inApp} onChange={() => { toggle(type, 'inApp'); }} />
              </td>
              <td className="px-3 py-2">
                <input type="checkbox" className="h-5 w-5" aria-label={`${label}: by email`} checked={channels.email} onChange={() => { toggle(type, 'email'); }} />
              </td>
            </tr>
          );
        })}
      </DataTable>
      {save.isError && <Alert tone="error">{errorMessage(save.error)}</Alert>}
      <Button type="submit" className="w-full sm:w-auto" isLoading={save.isPending}>
        Save preferences
      </Button>
    </form>
  );
}

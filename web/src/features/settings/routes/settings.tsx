import { useMutationState } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';

import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { formatInZone } from '@/lib/format';
import { useDisplayTimeZone } from '@/lib/time-zone';

import { useSettings } from '../api/get-settings';
import { settingsKeys } from '../api/settings-keys';
import { NotificationPreferences } from '../components/notification-preferences';
import { ProfileForm } from '../components/profile-form';
import { ProfilePictureSection } from '../components/profile-picture-section';
import { SessionsSection } from '../components/sessions-section';

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {description && <p className="mb-3 mt-1 text-sm text-slate-700">{description}</p>}
      <div className={description ? undefined : 'mt-3'}>{children}</div>
    </section>
  );
}

/**
 * When the settings were last saved. Read from the mutation cache, not the form: a new time zone
 * redraws the whole page (see app/layout), and the notice must outlive that.
 */
function useLastSaved(): number | undefined {
  const saves = useMutationState({ filters: { mutationKey: settingsKeys.save(), status: 'success' }, select: (mutation) => mutation.state.submittedAt });
  return saves.at(-1);
}

export function SettingsRoute() {
  const settings = useSettings();
  const zone = useDisplayTimeZone();
  const lastSaved = useLastSaved();
  // Each form keeps its draft; after a save they start again from what the server answered.
  const version = settings.dataUpdatedAt;
  return (
    <div className="min-w-0 space-y-6">
      <PageHeader title="Settings" description={`Times are shown in ${zone.replace(/_/g, ' ')}.`} />
      {lastSaved ? (
        <Alert tone="success">Settings saved at {formatInZone(lastSaved, { hour: '2-digit', minute: '2-digit', second: '2-digit' }, undefined, zone)}.</Alert>
      ) : null}
      {settings.isPending ? (
        <LoadingState label="Loading your settings" />
      ) : settings.isError ? (
        <ErrorState title="Could not load your settings" error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <>
          <Section title="Profile">
            <ProfileForm key={version} settings={settings.data} />
          </Section>
          <Section title="Notifications" description="Which activity reaches you, in the console (the bell) and by email.">
            <NotificationPreferences key={version} settings={settings.data} />
          </Section>
        </>
      )}
      <Section title="Profile picture">
        <ProfilePictureSection />
      </Section>
      <Section title="Security" description="Where you are signed in. Signing a session out ends it within a few seconds.">
        <SessionsSection />
      </Section>
    </div>
  );
}

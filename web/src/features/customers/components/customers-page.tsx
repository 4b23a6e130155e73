import type { ReactNode } from 'react';

import { PageHeader } from '@/components/ui/page-header';

import { ConnectionBanner } from './connection-banner';

/** A page of the customers area: its header, then the banner naming the Stratus it talks to. */
export function CustomersPage({ title, description, actions, children }: { title: string; description?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      <ConnectionBanner />
      {children}
    </>
  );
}

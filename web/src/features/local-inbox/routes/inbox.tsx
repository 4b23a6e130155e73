import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { ListStates } from '@/components/ui/list-states';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';
import { isApiError } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/session';

import { useInbox } from '../api/get-inbox';
import { MailItem } from '../components/mail-item';

export function InboxRoute() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const address = params.get('address') ?? user?.email ?? '';
  const [draft, setDraft] = useState(address);
  const query = useInbox({ address });

  return (
    <>
      <PageHeader title="Local inbox" description="Every mail the system sent, per address. Only in local mode, so you can confirm an account without a real mailbox." />
      <form
        role="search"
        className="mb-6 flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          setParams(draft.trim() ? { address: draft.trim() } : {}, { replace: true });
        }}
      >
        <InputField
          className="min-w-0 flex-1"
          label="Email address"
          type="email"
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
        />
        <Button type="submit">Show mail</Button>
      </form>
      {address === '' ? (
        <EmptyState title="Enter an address">Mail appears here for the address you choose.</EmptyState>
      ) : (
        <ListStates
          query={query}
          loadingLabel="Loading mail"
          errorTitle={isApiError(query.error) && query.error.status === 404 ? 'The local inbox is off' : 'Could not load mail'}
          empty={<EmptyState title={`No mail for ${address} yet`}>This page checks again every few seconds.</EmptyState>}
        >
          {(mails) => (
            <ul aria-label={`Mail for ${address}`} className="space-y-3">
              {mails.map((mail, index) => (
                <MailItem key={mail.id} mail={mail} initiallyOpen={index === 0} />
              ))}
            </ul>
          )}
        </ListStates>
      )}
    </>
  );
}

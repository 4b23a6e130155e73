import { useState } from 'react';

import { DataTable } from '@/components/ui/data-table';
import { ListStates } from '@/components/ui/list-states';
import { PageHeader } from '@/components/ui/page-header';
import { QueryPagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/states';
import { useTokenPagination } from '@/hooks/use-token-pagination';

import { useApiKeys } from '../api/get-api-keys';
import { ApiKeyRow } from '../components/api-key-row';
import { CreateApiKeyForm } from '../components/create-api-key-form';
import { IssuedKeyDialog } from '../components/issued-key-dialog';
import type { IssuedApiKey } from '../types';

export function ApiKeysRoute() {
  const pagination = useTokenPagination('api-keys');
  const query = useApiKeys({ nextToken: pagination.token });
  const [issued, setIssued] = useState<IssuedApiKey>();

  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys let machine clients call the customers API for you, within their scopes, rate and daily quota."
      />
      <div className="space-y-6">
        <CreateApiKeyForm onIssued={setIssued} />
        <section aria-labelledby="api-keys-heading" className="space-y-3">
          <h2 id="api-keys-heading" className="text-lg font-semibold text-slate-900">
            Keys
          </h2>
          <ListStates
            query={query}
            loadingLabel="Loading API keys"
            errorTitle="Could not load API keys"
            empty={<EmptyState title="No API keys yet">Create one above; it is shown once.</EmptyState>}
          >
            {(keys) => (
              <DataTable caption="API keys" columns={['Key', 'Scopes', 'Usage', 'Last used', 'Expires', 'Status']} actions className="min-w-[52rem]">
                {keys.map((key) => (
                  <ApiKeyRow key={key.id} apiKey={key} onIssued={setIssued} />
                ))}
              </DataTable>
            )}
          </ListStates>
          <QueryPagination label="API key pages" pagination={pagination} query={query} />
        </section>
      </div>
      <IssuedKeyDialog issued={issued} onClose={() => { setIssued(undefined); }} />
    </>
  );
}

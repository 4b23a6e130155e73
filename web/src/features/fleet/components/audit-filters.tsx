import { InputField } from '@/components/ui/field';
import { UrlSelectFilter } from '@/components/ui/url-select-filter';
import { useUrlParams } from '@/hooks/use-url-params';

import { FLEET_ACTIONS } from '../types';
import { ACTION_VERBS } from './action-rules';
import { fromLocalInput, toLocalInput, toLocalInputEnd } from './audit-time';

/** Instance, user, action and time window, all in the address (`?instanceId=&userId=&action=&from=&to=`). */
export function AuditFilters() {
  const { params, update } = useUrlParams();
  return (
    <form role="search" aria-label="Filter the audit log" className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-5" onSubmit={(event) => { event.preventDefault(); }}>
      <InputField
        label="Instance id"
        value={params.get('instanceId') ?? ''}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          update({ instanceId: event.target.value });
        }}
      />
      <InputField
        label="User id"
        value={params.get('userId') ?? ''}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          update({ userId: event.target.value });
        }}
      />
      <UrlSelectFilter param="action" label="Action" allLabel="All actions" choices={FLEET_ACTIONS} labelOf={(action) => ACTION_VERBS[action]} className="" />
      <InputField
        label="From"
        type="datetime-local"
        value={toLocalInput(params.get('from'))}
        onChange={(event) => {
          update({ from: fromLocalInput(event.target.value) });
        }}
      />
      <InputField
        label="To"
        type="datetime-local"
        value={toLocalInput(params.get('to'))}
        onChange={(event) => {
          update({ to: toLocalInputEnd(event.target.value) });
        }}
      />
    </form>
  );
}

import { UrlSelectFilter } from '@/components/ui/url-select-filter';
import { useUrlChoice } from '@/hooks/use-url-params';

import { CustomersPage } from '../components/customers-page';
import { outcomeLabel, outcomeOfStatus } from '../components/outcome';
import { ExecutionsTable } from '../components/executions-table';
import { EXECUTION_STATUSES } from '../types';

export function ExecutionsRoute() {
  const [status] = useUrlChoice('status', EXECUTION_STATUSES);
  return (
    <CustomersPage title="Executions" description="Every run of the registration workflow, newest first. Running ones update by themselves.">
      <UrlSelectFilter param="status" label="Status" allLabel="All statuses" choices={EXECUTION_STATUSES} labelOf={(s) => outcomeLabel(outcomeOfStatus(s))} />
      <ExecutionsTable status={status} />
    </CustomersPage>
  );
}

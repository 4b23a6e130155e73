import { useSearchParams } from 'react-router';

import { SelectField } from '@/components/ui/field';

import { CustomersPage } from '../components/customers-page';
import { outcomeLabel, outcomeOfStatus } from '../components/outcome';
import { ExecutionsTable } from '../components/executions-table';
import { EXECUTION_STATUSES, type ExecutionStatus } from '../types';

export function ExecutionsRoute() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('status') ?? '';
  const status = (EXECUTION_STATUSES as readonly string[]).includes(raw) ? (raw as ExecutionStatus) : undefined;
  return (
    <CustomersPage title="Executions" description="Every run of the registration workflow, newest first. Running ones update by themselves.">
      <div className="mb-4 max-w-xs">
        <SelectField
          label="Status"
          value={status ?? ''}
          onChange={(event) => {
            setParams(event.target.value ? { status: event.target.value } : {}, { replace: true });
          }}
        >
          <option value="">All statuses</option>
          {EXECUTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {outcomeLabel(outcomeOfStatus(s))}
            </option>
          ))}
        </SelectField>
      </div>
      <ExecutionsTable status={status} />
    </CustomersPage>
  );
}

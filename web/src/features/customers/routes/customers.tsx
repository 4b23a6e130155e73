import { Link, useSearchParams } from 'react-router';

import { buttonClasses } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { paths } from '@/config/paths';
import { useDebouncedValue } from '@/hooks/use-debounced-value';

import { CustomersPage } from '../components/customers-page';
import { CustomersTable } from '../components/customers-table';

export function CustomersRoute() {
  const [params, setParams] = useSearchParams();
  const prefix = params.get('prefix') ?? '';
  const debouncedPrefix = useDebouncedValue(prefix, 300);

  return (
    <CustomersPage
      title="Customers"
      description="The customer-id registry. A new customer is registered by a workflow that checks it first."
      actions={
        <Link className={buttonClasses()} to={paths.customers.create.getHref()}>
          Add customer
        </Link>
      }
    >
      <form role="search" className="mb-4 max-w-md" onSubmit={(event) => { event.preventDefault(); }}>
        <InputField
          label="Search by id prefix"
          type="search"
          value={prefix}
          hint="Ids are case-sensitive."
          autoComplete="off"
          onChange={(event) => {
            const value = event.target.value;
            setParams(value ? { prefix: value } : {}, { replace: true });
          }}
        />
      </form>
      <CustomersTable prefix={debouncedPrefix} />
    </CustomersPage>
  );
}

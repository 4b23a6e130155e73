import { useState } from 'react';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

import { CustomersPage } from '../components/customers-page';
import { RegisterCustomerForm } from '../components/register-customer-form';
import { RegistrationResult } from '../components/registration-result';

export function CustomerCreateRoute() {
  const [executionId, setExecutionId] = useState<string>();
  return (
    <CustomersPage title="Add customer" description="The registration runs as a workflow: it validates the customer, then stores it or records why not.">
      <div className="grid gap-6 lg:grid-cols-2">
        <RegisterCustomerForm onStarted={setExecutionId} />
        {executionId && <RegistrationResult key={executionId} executionId={executionId} />}
      </div>
      <p className="mt-6">
        <Link className="text-blue-800 underline" to={paths.customers.list.getHref()}>
          All customers
        </Link>
      </p>
    </CustomersPage>
  );
}

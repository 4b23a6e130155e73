import { useConnection } from '../api/connection';
import { ConnectionForm } from '../components/connection-form';
import { CustomersPage } from '../components/customers-page';

export function CustomersSettingsRoute() {
  const connection = useConnection();
  return (
    <CustomersPage
      title="API connection"
      description="The customers pages can work as a client of another Stratus: give its address and an API key with the customers scopes."
    >
      <div className="max-w-xl space-y-4">
        {!connection && (
          <p role="status" className="rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-800">
            Using this Stratus, with your session.
          </p>
        )}
        <ConnectionForm />
      </div>
    </CustomersPage>
  );
}

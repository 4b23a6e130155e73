import { DataTable } from '@/components/ui/data-table';
import { ListStates } from '@/components/ui/list-states';
import { PageHeader } from '@/components/ui/page-header';
import { QueryPagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/states';
import { useTokenPagination } from '@/hooks/use-token-pagination';
import { useCurrentUser } from '@/lib/session';

import { useUsers } from '../api/get-users';
import { UserRow } from '../components/user-row';

export function UsersRoute() {
  const me = useCurrentUser();
  const pagination = useTokenPagination('users');
  const query = useUsers({ nextToken: pagination.token });

  return (
    <>
      <PageHeader title="Users" description="Change a user's role or disable their account." />
      <ListStates query={query} loadingLabel="Loading users" errorTitle="Could not load users" empty={<EmptyState title="No users yet" />}>
        {(users) => (
          <DataTable caption="Users" columns={['User', 'Status', 'Role']} actions className="min-w-[40rem]">
            {users.map((user) => (
              <UserRow key={user.userId} user={user} isSelf={user.userId === me?.userId || user.email === me?.email} />
            ))}
          </DataTable>
        )}
      </ListStates>
      <QueryPagination label="User pages" pagination={pagination} query={query} />
    </>
  );
}

import { Pagination } from '@/components/ui/pagination';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
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
      {query.isPending ? (
        <LoadingState label="Loading users" />
      ) : query.isError ? (
        <ErrorState title="Could not load users" error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title="No users yet" />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">Users</caption>
            <thead className="bg-slate-100 text-slate-800">
              <tr>
                <th scope="col" className="px-3 py-2">User</th>
                <th scope="col" className="px-3 py-2">Status</th>
                <th scope="col" className="px-3 py-2">Role</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {query.data.items.map((user) => (
                <UserRow key={user.userId} user={user} isSelf={user.userId === me?.userId || user.email === me?.email} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.data && (
        <Pagination
          label="User pages"
          pageNumber={pagination.pageNumber}
          hasPrevious={pagination.hasPrevious}
          hasNext={Boolean(query.data.nextToken)}
          isFetching={query.isFetching}
          onPrevious={pagination.previous}
          onNext={() => {
            pagination.next(query.data.nextToken);
          }}
        />
      )}
    </>
  );
}

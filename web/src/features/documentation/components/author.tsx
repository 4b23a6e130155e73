import { useCurrentUser } from '@/lib/session';

/** Who saved something: "you" for the signed-in user, else their user id (the API names people by id). */
export function Author({ userId }: { userId: string }) {
  const me = useCurrentUser();
  return <span className="break-all">{userId === me?.userId ? 'you' : userId}</span>;
}

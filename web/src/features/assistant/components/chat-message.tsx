import { cn } from '@/components/ui/cn';
import { formatDateTime } from '@/lib/format';
import { useCurrentUser } from '@/lib/session';

import type { ChatMessage as Message } from '../types';

/**
 * One message; the text is shown as written (never as HTML), keeping its line breaks. Questions are
 * the caller's ("You") or a teammate's (named by user id, as the API names people).
 */
export function ChatMessage({ message, pending = false }: { message: Message; pending?: boolean }) {
  const me = useCurrentUser();
  const mine = message.role === 'user';
  const author = !mine ? 'Assistant' : !message.userId || message.userId === me?.userId ? 'You' : message.userId;
  return (
    <li className={cn('flex', mine ? 'justify-end' : 'justify-start')}>
      <div
        className={cn(
          'max-w-[min(42rem,90%)] min-w-0 rounded-lg border px-3 py-2 text-sm',
          mine ? 'border-blue-200 bg-blue-50 text-slate-900' : 'border-slate-200 bg-white text-slate-900',
          pending && 'opacity-80',
        )}
      >
        <p className="mb-1 text-xs font-medium text-slate-700">
          <span className="break-all">{author}</span>
          <span className="font-normal"> · {pending ? 'sending…' : <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>}</span>
        </p>
        <p className="break-words whitespace-pre-wrap">{message.content}</p>
      </div>
    </li>
  );
}

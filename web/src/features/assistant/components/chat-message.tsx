import { Link } from 'react-router';

import { cn } from '@/components/ui/cn';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';

import type { ChatMessage as Message } from '../types';

/** A generation the reply started, linked to where it can be followed. */
export function GenerationLink({ projectId, generationId }: { projectId: string; generationId: string }) {
  return (
    <Link className="text-blue-800 underline" to={`${paths.workspace.project.getHref(projectId, 'generations')}?generation=${encodeURIComponent(generationId)}`}>
      Follow the generation
    </Link>
  );
}

/** One message; the text is shown as written (never as HTML), keeping its line breaks. */
export function ChatMessage({ message, pending = false, children }: { message: Message; pending?: boolean; children?: React.ReactNode }) {
  const mine = message.role === 'user';
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
          {mine ? 'You' : 'Assistant'}
          <span className="font-normal"> · {pending ? 'sending…' : <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>}</span>
        </p>
        <p className="break-words whitespace-pre-wrap">{message.content}</p>
        {children}
      </div>
    </li>
  );
}

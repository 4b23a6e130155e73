import { useEffect, useRef, useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { errorMessage } from '@/lib/api-client';
import { canChangeProject, type ProjectTabProps } from '@/lib/project-tab';

import { useMessages } from '../api/get-messages';
import { useSendMessage } from '../api/send-message';
import type { AssistantReply } from '../types';
import { modelLabel } from '../utils/model';
import { latestModel, transcriptOf } from '../utils/transcript';
import { ChatMessage } from './chat-message';
import { MessageForm } from './message-form';

/** How many of the newest messages are shown at first, and how many more each "earlier" click shows. */
const WINDOW = 50;

export const SUGGESTED_PROMPTS = ['Explain the schema', 'Any problems?', 'Recent activity', 'Why did the last deployment fail?', 'Generate code'] as const;

/** The project's chat with its assistant, which answers from the project's own schema and activity. */
export function AssistantPanel({ project }: ProjectTabProps) {
  const messages = useMessages({ projectId: project.id });
  const [lastReply, setLastReply] = useState<AssistantReply>();
  const send = useSendMessage({ mutationConfig: { onSuccess: setLastReply } });
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(WINDOW);
  const transcript = transcriptOf(messages.data?.pages ?? []);
  const visible = transcript.slice(-shown);
  const model = lastReply?.model ?? latestModel(transcript);
  const ask = (message: string) => {
    send.mutate({ projectId: project.id, message });
  };

  // Bring the newest message into view as messages arrive (not when earlier ones are shown above), from its
  // start, so a long reply is read from the top.
  const newestId = send.isPending ? 'pending' : transcript.at(-1)?.id;
  useEffect(() => {
    const newest = box.current?.querySelector('ol > li:last-child');
    if (box.current && newest instanceof HTMLElement) box.current.scrollTop = newest.offsetTop - 12;
  }, [newestId]);

  return (
    <div className="space-y-4">
      <p className="flex items-start gap-2 rounded-md border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-900">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-0.5 size-4 shrink-0">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 7v4.5M8 4.5v.5" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
        </svg>
        <span>{model ? modelLabel(model) : 'Answers come from this project’s schema, deployments and activity.'}</span>
      </p>
      {messages.isError ? (
        <ErrorState title="Could not load the conversation" error={messages.error} onRetry={() => void messages.refetch()} />
      ) : messages.isPending || messages.hasNextPage ? (
        <LoadingState label="Loading the conversation" />
      ) : (
        // Focusable, so the conversation scrolls from the keyboard too.
        <div ref={box} tabIndex={0} role="region" aria-label="Conversation" className="relative max-h-[60vh] space-y-3 overflow-y-auto rounded-lg border border-slate-200 bg-slate-50 p-3">
          {transcript.length > visible.length && (
            <div className="text-center">
              <Button variant="secondary" size="sm" onClick={() => { setShown((count) => count + WINDOW); }}>
                Show earlier messages
              </Button>
            </div>
          )}
          {transcript.length === 0 && !send.isPending ? (
            <EmptyState title="No questions yet">Ask about the schema, problems in it, recent activity or the last deployment.</EmptyState>
          ) : (
            <ol aria-label="Conversation, oldest first" className="space-y-3">
              {visible.map((message) => (
                <ChatMessage key={message.id} message={message} />
              ))}
              {send.isPending && <ChatMessage pending message={{ id: 'pending', role: 'user', content: send.variables.message, createdAt: new Date().toISOString() }} />}
            </ol>
          )}
        </div>
      )}
      {/* Announced once per reply: the transcript itself is not a live region, so loading older messages stays quiet. */}
      <div aria-live="polite" className="sr-only">
        {send.isPending ? 'Waiting for the assistant’s answer.' : lastReply ? `The assistant answered: ${lastReply.content}` : ''}
      </div>
      {send.isError && <Alert tone="error" title="The question was not answered">{errorMessage(send.error)}</Alert>}
      <section aria-labelledby="suggested-prompts" className="space-y-2">
        <h2 id="suggested-prompts" className="text-sm font-medium text-slate-800">
          Suggested questions
        </h2>
        <ul className="flex flex-wrap gap-2">
          {SUGGESTED_PROMPTS.filter((prompt) => prompt !== 'Generate code' || canChangeProject(project)).map((prompt) => (
            <li key={prompt}>
              <Button variant="secondary" size="sm" disabled={send.isPending} onClick={() => { ask(prompt); }}>
                {prompt}
              </Button>
            </li>
          ))}
        </ul>
      </section>
      <MessageForm isSending={send.isPending} onSend={ask} />
    </div>
  );
}

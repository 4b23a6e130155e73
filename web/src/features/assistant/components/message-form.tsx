import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';

import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/field';

import { MAX_MESSAGE_LENGTH, messageInputSchema, type MessageInput } from '../api/send-message';

/** The question box: 1 to 4000 characters, counted as they are typed; Ctrl+Enter (⌘+Enter) sends. */
export function MessageForm({ isSending, onSend }: { isSending: boolean; onSend: (message: string) => void }) {
  const form = useForm<MessageInput>({ resolver: zodResolver(messageInputSchema), defaultValues: { message: '' } });
  const message = useWatch({ control: form.control, name: 'message' });
  const submit = form.handleSubmit((values) => {
    onSend(values.message.trim());
    form.reset({ message: '' });
  });
  return (
    <form noValidate aria-label="Ask the assistant" className="space-y-2" onSubmit={(event) => void submit(event)}>
      <TextareaField
        label="Your question"
        rows={3}
        maxLength={MAX_MESSAGE_LENGTH}
        hint={`${message.length} of ${MAX_MESSAGE_LENGTH} characters. Ctrl+Enter sends.`}
        error={form.formState.errors.message?.message}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void submit();
          }
        }}
        {...form.register('message')}
      />
      <Button type="submit" isLoading={isSending}>
        Send
      </Button>
    </form>
  );
}

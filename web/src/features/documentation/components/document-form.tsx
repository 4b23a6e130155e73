import { zodResolver } from '@hookform/resolvers/zod';
import { useDeferredValue, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { InputField, TextareaField } from '@/components/ui/field';
import { applyApiErrors } from '@/lib/form-errors';
import { formatBytes } from '@/lib/format';

import { documentInputSchema, MAX_CONTENT_BYTES, type DocumentInput } from '../api/create-document';
import type { DocumentBody } from '../types';
import { utf8Length } from '../utils/size';
import { LazyMarkdown as Markdown } from './lazy-markdown';

type DocumentFormProps = {
  /** The page as it is, when editing one. */
  initial?: DocumentBody;
  /** The form's name for screen readers. */
  label: string;
  submitLabel: string;
  isSaving: boolean;
  /** Sends the page; `onError` puts the server's refusal on the form. */
  onSave: (body: DocumentBody, onError: (error: unknown) => void) => void;
  cancelTo: string;
};

/** A page's title and markdown, with a live preview rendered as readers will see it and the size against the limit. */
export function DocumentForm({ initial, label, submitLabel, isSaving, onSave, cancelTo }: DocumentFormProps) {
  const [formError, setFormError] = useState<string>();
  const form = useForm<DocumentInput>({ resolver: zodResolver(documentInputSchema), defaultValues: initial ?? { title: '', content: '' } });
  const content = useWatch({ control: form.control, name: 'content' });
  // Rendering a long page on every key press would make typing lag: the preview follows when the browser is idle.
  const preview = useDeferredValue(content);
  const bytes = utf8Length(content);
  const errors = form.formState.errors;

  return (
    <form
      noValidate
      aria-label={label}
      className="space-y-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(undefined);
        onSave({ title: values.title.trim(), content: values.content }, (error) => {
          setFormError(applyApiErrors(error, form.setError, ['title', 'content']));
        });
      })}
    >
      {formError && <Alert tone="error">{formError}</Alert>}
      <InputField label="Title" autoComplete="off" hint="1 to 200 characters." error={errors.title?.message} {...form.register('title')} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <TextareaField
          label="Content (markdown)"
          rows={18}
          className="min-w-0"
          spellCheck
          hint={`${formatBytes(bytes)} of ${formatBytes(MAX_CONTENT_BYTES)}${bytes > MAX_CONTENT_BYTES ? ': too long to save' : ''}`}
          error={errors.content?.message}
          {...form.register('content')}
        />
        <section aria-label="Preview" className="min-w-0 space-y-1">
          <p className="text-sm font-medium text-slate-800">Preview</p>
          <div className="min-h-40 rounded-md border border-slate-300 bg-white p-3">
            {preview.trim() ? <Markdown>{preview}</Markdown> : <p className="text-sm text-slate-600">Nothing to preview yet.</p>}
          </div>
        </section>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" isLoading={isSaving}>
          {submitLabel}
        </Button>
        <Link className={buttonClasses('secondary')} to={cancelTo}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

import type { ReactNode, SubmitEventHandler } from 'react';

import { Alert } from './alert';
import { Button } from './button';

type FormShellProps = {
  onSubmit: SubmitEventHandler<HTMLFormElement>;
  /** A problem with the form as a whole, shown above the fields. */
  error?: string;
  submitLabel: string;
  isSubmitting: boolean;
  /** The fields, and any notes above them. */
  children: ReactNode;
  /** Below the submit button, such as links to other pages. */
  footer?: ReactNode;
};

/** A single-column form: its error, its fields, a full-width submit button. The fields check themselves. */
export function FormShell({ onSubmit, error, submitLabel, isSubmitting, children, footer }: FormShellProps) {
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      {error && <Alert tone="error">{error}</Alert>}
      {children}
      <Button type="submit" className="w-full" isLoading={isSubmitting}>
        {submitLabel}
      </Button>
      {footer}
    </form>
  );
}

import { useState, type ReactNode } from 'react';

import { Button } from './button';
import { ConfirmDialog } from './confirm-dialog';

/** What the button needs of a TanStack mutation. */
type Action = { isPending: boolean; isError: boolean; error: unknown; reset: () => void };

type ConfirmActionButtonProps = {
  label: string;
  ariaLabel: string;
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  size?: 'sm' | 'md';
  action: Action;
  /** Starts the action; calls `close` once it succeeded. */
  run: (close: () => void) => void;
  /** What to say when the action failed. */
  errorText: (error: unknown) => string;
  /** The question's explanation. */
  children: ReactNode;
};

/**
 * A button for an action that cannot be undone: it asks first, keeps the dialog open while the
 * action runs, and shows why it failed inside the dialog.
 */
export function ConfirmActionButton({
  label,
  ariaLabel,
  title,
  confirmLabel,
  cancelLabel,
  size = 'sm',
  action,
  run,
  errorText,
  children,
}: ConfirmActionButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="secondary"
        size={size}
        aria-label={ariaLabel}
        onClick={() => {
          action.reset();
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={confirmLabel}
        cancelLabel={cancelLabel}
        isPending={action.isPending}
        onCancel={() => {
          setOpen(false);
        }}
        onConfirm={() => {
          run(() => {
            setOpen(false);
          });
        }}
      >
        {children}
        {action.isError && <p className="mt-2 font-medium text-red-700">{errorText(action.error)}</p>}
      </ConfirmDialog>
    </>
  );
}

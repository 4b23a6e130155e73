import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

import { ApiError, errorMessage } from '@/lib/api-client';

/**
 * Puts the API's VALIDATION_ERROR details on the form's fields. Returns the message for the
 * form as a whole: the error itself when it is not about fields, or the problems about fields
 * this form does not show.
 */
export function applyApiErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string | undefined {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return errorMessage(error);
  const leftovers: string[] = [];
  let focused = false;
  for (const problem of error.fieldErrors) {
    const field = fields.find((f) => f === problem.field);
    if (field) {
      setError(field, { type: 'server', message: problem.message }, { shouldFocus: !focused });
      focused = true;
    } else {
      leftovers.push(`${problem.field}: ${problem.message}`);
    }
  }
  return leftovers.length > 0 ? leftovers.join(' ') : undefined;
}

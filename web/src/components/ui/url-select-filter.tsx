import { useUrlChoice } from '@/hooks/use-url-params';

import { SelectField } from './field';

type UrlSelectFilterProps<T extends string> = {
  /** The query parameter that holds the choice. */
  param: string;
  label: string;
  choices: readonly T[];
  /** The option that clears the filter, such as "All statuses". */
  allLabel: string;
  labelOf?: (choice: T) => string;
  className?: string;
};

/**
 * A select whose choice lives in the address (`?status=FAILED`), so a filtered list survives a
 * reload and can be shared; other parameters stay as they are. Read the same choice with
 * `useUrlChoice(param, choices)`.
 */
export function UrlSelectFilter<T extends string>({ param, label, choices, allLabel, labelOf = (c) => c, className = 'mb-4 max-w-xs' }: UrlSelectFilterProps<T>) {
  const [value, setValue] = useUrlChoice(param, choices);
  return (
    <div className={className}>
      <SelectField
        label={label}
        value={value ?? ''}
        onChange={(event) => {
          const next = event.target.value;
          setValue(choices.find((choice) => choice === next));
        }}
      >
        <option value="">{allLabel}</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labelOf(choice)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

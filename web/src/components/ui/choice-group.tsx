import { useId } from 'react';

type ChoiceGroupProps<T extends string> = {
  legend: string;
  options: readonly { value: T | ''; label: string }[];
  value: T | '';
  onChange: (value: T | '') => void;
};

/**
 * A few exclusive choices side by side (region, period, statistic): radio buttons, so arrow keys
 * move between them and a screen reader names the group, drawn as one segmented bar. Each radio lies
 * transparent over its whole segment (not sr-only), so a click or tap anywhere on it lands on the radio.
 */
export function ChoiceGroup<T extends string>({ legend, options, value, onChange }: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      <div className="inline-flex max-w-full flex-wrap overflow-hidden rounded-md border border-slate-400 bg-white">
        {options.map((option) => (
          <label
            key={option.value || 'all'}
            className="relative cursor-pointer border-slate-300 px-3 py-2 text-sm text-slate-900 not-first:border-l has-checked:bg-blue-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-blue-700"
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              className="absolute inset-0 m-0 cursor-pointer opacity-0"
              onChange={() => {
                onChange(option.value);
              }}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

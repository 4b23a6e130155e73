import { useId, useMemo, useState } from 'react';

import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { browserTimeZone } from '@/lib/time-zone';

import { filterTimeZones, timeZoneChoices } from '../utils/time-zones';

type TimeZoneSelectProps = {
  value: string;
  onChange: (zone: string) => void;
  error?: string;
};

/**
 * A searchable select of IANA time zones: a search box narrows the list below it (a native select,
 * so keyboards and screen readers know it), and the browser's own zone is offered in one click.
 */
export function TimeZoneSelect({ value, onChange, error }: TimeZoneSelectProps) {
  const [search, setSearch] = useState('');
  const browser = browserTimeZone();
  const zones = useMemo(() => timeZoneChoices([value, browser]), [value, browser]);
  const shown = filterTimeZones(zones, search, value);
  const countId = useId();
  return (
    <div className="space-y-2">
      <InputField
        label="Search time zones"
        type="search"
        autoComplete="off"
        value={search}
        aria-describedby={countId}
        onChange={(event) => {
          setSearch(event.target.value);
        }}
      />
      <p id={countId} className="text-sm text-slate-600" aria-live="polite">
        {shown.length === zones.length ? `${zones.length} time zones` : `${shown.length} of ${zones.length} time zones match`}
      </p>
      <SelectField
        label="Time zone"
        size={6}
        value={value}
        error={error}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {shown.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, ' ')}
          </option>
        ))}
      </SelectField>
      {value !== browser && (
        <Button
          variant="secondary"
          size="sm"
          onClick={() => {
            setSearch('');
            onChange(browser);
          }}
        >
          Use this browser’s zone ({browser.replace(/_/g, ' ')})
        </Button>
      )}
    </div>
  );
}

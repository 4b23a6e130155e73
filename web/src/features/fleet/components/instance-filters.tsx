import { InputField } from '@/components/ui/field';
import { UrlSelectFilter } from '@/components/ui/url-select-filter';
import { useUrlChoice, useUrlParams } from '@/hooks/use-url-params';

import { INSTANCE_STATES, KNOWN_INSTANCE_TYPES, REGIONS } from '../types';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { stateLabel } from './looks';

const REGION_OPTIONS = [{ value: '' as const, label: 'All regions' }, ...REGIONS.map((region) => ({ value: region, label: region }))];

/** The types the filter offers: the known ones, and one named in the address (any type the API takes). */
export function typeChoices(current: string | null): string[] {
  return current && !(KNOWN_INSTANCE_TYPES as readonly string[]).includes(current) ? [...KNOWN_INSTANCE_TYPES, current] : [...KNOWN_INSTANCE_TYPES];
}

/** Search, state, type and region, all in the address (`?search=&state=&type=&region=`). */
export function InstanceFilters() {
  const { params, update } = useUrlParams();
  const [region, setRegion] = useUrlChoice('region', REGIONS);
  return (
    <div className="mb-4 space-y-3">
      <ChoiceGroup
        legend="Region"
        options={REGION_OPTIONS}
        value={region ?? ''}
        onChange={(value) => {
          setRegion(value || undefined);
        }}
      />
      <form role="search" className="grid gap-3 sm:grid-cols-[1fr_12rem_12rem]" onSubmit={(event) => { event.preventDefault(); }}>
        <InputField
          label="Search"
          type="search"
          value={params.get('search') ?? ''}
          placeholder="Name, id, private IP or tag"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            update({ search: event.target.value });
          }}
        />
        <UrlSelectFilter param="state" label="State" allLabel="All states" choices={INSTANCE_STATES} labelOf={stateLabel} className="" />
        <UrlSelectFilter param="type" label="Type" allLabel="All types" choices={typeChoices(params.get('type'))} className="" />
      </form>
    </div>
  );
}

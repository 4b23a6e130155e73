import { InputField, SelectField } from '@/components/ui/field';

import { categoryLabel } from './stock-badge';
import { CATEGORIES, type Category } from '../types';

type ProductFiltersProps = {
  category: Category | undefined;
  search: string;
  onCategoryChange: (category: Category | undefined) => void;
  onSearchChange: (search: string) => void;
};

export function ProductFilters({ category, search, onCategoryChange, onSearchChange }: ProductFiltersProps) {
  return (
    <form role="search" className="mb-6 grid gap-3 sm:grid-cols-[1fr_16rem]" onSubmit={(event) => { event.preventDefault(); }}>
      <InputField
        label="Search by name"
        type="search"
        value={search}
        placeholder="e.g. keyboard"
        onChange={(event) => {
          onSearchChange(event.target.value);
        }}
      />
      <SelectField
        label="Category"
        value={category ?? ''}
        onChange={(event) => {
          const value = event.target.value;
          onCategoryChange((CATEGORIES as readonly string[]).includes(value) ? (value as Category) : undefined);
        }}
      >
        <option value="">All categories</option>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {categoryLabel(c)}
          </option>
        ))}
      </SelectField>
    </form>
  );
}

import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';

import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';

import { FIELD_TYPES, RELATION_KINDS } from '../types';
import { emptyField, emptyRelation, type SchemaFormValues } from '../utils/schema-form';

type EntityEditorProps = {
  index: number;
  control: Control<SchemaFormValues>;
  register: UseFormRegister<SchemaFormValues>;
  errors: FieldErrors<SchemaFormValues>;
  /** The names of every entity in the form, for relation targets. */
  entityNames: string[];
  onRemove: () => void;
};

function FieldRowEditor({ entity, index, control, register, errors, onRemove }: Omit<EntityEditorProps, 'entityNames' | 'index'> & { entity: number; index: number }) {
  const type = useWatch({ control, name: `entities.${entity}.fields.${index}.type` });
  const fieldErrors = errors.entities?.[entity]?.fields?.[index];
  const n = index + 1;
  return (
    <li className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[minmax(0,1fr)_10rem_auto] sm:items-start">
      <InputField label={`Field ${n} name`} autoComplete="off" spellCheck={false} error={fieldErrors?.name?.message} {...register(`entities.${entity}.fields.${index}.name`)} />
      <SelectField label={`Field ${n} type`} error={fieldErrors?.type?.message} {...register(`entities.${entity}.fields.${index}.type`)}>
        {FIELD_TYPES.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-800 sm:mt-7">
        <label className="flex items-center gap-1">
          <input type="checkbox" {...register(`entities.${entity}.fields.${index}.required`)} /> Required
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" {...register(`entities.${entity}.fields.${index}.unique`)} /> Unique
        </label>
        <Button variant="ghost" size="sm" aria-label={`Remove field ${n}`} onClick={onRemove}>
          Remove
        </Button>
      </div>
      {type === 'enum' && (
        <InputField
          className="sm:col-span-3"
          label={`Field ${n} values`}
          hint="Separated by commas, e.g. ACTIVE, SUSPENDED"
          autoComplete="off"
          error={fieldErrors?.values?.message}
          {...register(`entities.${entity}.fields.${index}.values`)}
        />
      )}
    </li>
  );
}

/** One entity: its name, its typed fields and its relations to other entities. */
export function EntityEditor({ index, control, register, errors, entityNames, onRemove }: EntityEditorProps) {
  const fields = useFieldArray({ control, name: `entities.${index}.fields` });
  const relations = useFieldArray({ control, name: `entities.${index}.relations` });
  const entityErrors = errors.entities?.[index];
  return (
    <fieldset className="min-w-0 space-y-3 rounded-lg border border-slate-300 bg-white p-3 sm:p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">Entity {index + 1}</legend>
      <div className="flex flex-wrap items-end gap-2">
        <InputField
          className="min-w-0 flex-1"
          label="Entity name"
          hint="PascalCase, e.g. Customer. An id field is added for you."
          autoComplete="off"
          spellCheck={false}
          error={entityErrors?.name?.message}
          {...register(`entities.${index}.name`)}
        />
        <Button variant="secondary" size="sm" className="mb-6" aria-label={`Remove entity ${index + 1}`} onClick={onRemove}>
          Remove entity
        </Button>
      </div>
      <h3 className="text-sm font-semibold text-slate-800">Fields</h3>
      <ol className="space-y-2" aria-label={`Fields of entity ${index + 1}`}>
        {fields.fields.map((field, f) => (
          <FieldRowEditor
            key={field.id}
            entity={index}
            index={f}
            control={control}
            register={register}
            errors={errors}
            onRemove={() => {
              fields.remove(f);
            }}
          />
        ))}
      </ol>
      <Button variant="secondary" size="sm" onClick={() => { fields.append(emptyField(), { shouldFocus: true }); }}>
        Add field
      </Button>
      <h3 className="text-sm font-semibold text-slate-800">Relations</h3>
      {relations.fields.length === 0 && <p className="text-sm text-slate-600">No relations.</p>}
      <ol className="space-y-2" aria-label={`Relations of entity ${index + 1}`}>
        {relations.fields.map((relation, r) => {
          const relationErrors = entityErrors?.relations?.[r];
          return (
            <li key={relation.id} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_10rem_auto] sm:items-start">
              <InputField label={`Relation ${r + 1} name`} autoComplete="off" spellCheck={false} error={relationErrors?.name?.message} {...register(`entities.${index}.relations.${r}.name`)} />
              <SelectField label={`Relation ${r + 1} target`} error={relationErrors?.target?.message} {...register(`entities.${index}.relations.${r}.target`)}>
                <option value="">Choose an entity</option>
                {entityNames.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </SelectField>
              <SelectField label={`Relation ${r + 1} kind`} error={relationErrors?.kind?.message} {...register(`entities.${index}.relations.${r}.kind`)}>
                {RELATION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {kind}
                  </option>
                ))}
              </SelectField>
              <Button variant="ghost" size="sm" className="sm:mt-6" aria-label={`Remove relation ${r + 1}`} onClick={() => { relations.remove(r); }}>
                Remove
              </Button>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" size="sm" onClick={() => { relations.append(emptyRelation(), { shouldFocus: true }); }}>
        Add relation
      </Button>
    </fieldset>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import { type Gender, PLACEHOLDERS, type PlaceholderName, type Values } from '../../utils/templates';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { TextArea, TextInput } from '../ui/inputs';
import { FormPicker } from './FormPicker';

const MULTILINE = new Set<PlaceholderName>(['missing_documents', 'citation']);

interface Props {
  names: PlaceholderName[];
  values: Values;
  gender: Gender | null;
  onGender: (g: Gender) => void;
  /** The template has gendered words and no form is chosen yet. */
  formMissing: boolean;
  onChange: (name: PlaceholderName, value: string) => void;
  /** Values that come from the profile or the pack and are already known. */
  known: Values;
}

/** The fill-in form: the values this template needs that are not known yet, and the form of address. */
export function TemplateFields({ names, values, gender, onGender, formMissing, onChange, known }: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  // The keyboard starts at the first decision: the form of address when none is known, else the first value to type.
  useEffect(() => {
    box.current?.querySelector<HTMLElement>(formMissing ? 'input[name=gender]' : '.field input, .field textarea')?.focus();
  }, []);
  const asked = names.filter((n) => PLACEHOLDERS[n] === 'form' || ((PLACEHOLDERS[n] === 'profile' || PLACEHOLDERS[n] === 'pack') && !known[n]));
  return (
    <div class="template-fields" ref={box}>
      <FormPicker gender={gender} onGender={onGender} required={formMissing} />
      {asked.map((name) => {
        const control = { value: values[name] ?? '', dir: 'auto' as const, name, onValue: (v: string) => onChange(name, v) };
        return (
          <Field key={name} id={`field-${name}`} label={t(`field_${name}` as MessageKey)}>
            {(a) => (MULTILINE.has(name) ? <TextArea {...a} {...control} rows={3} /> : <TextInput {...a} {...control} type="text" />)}
          </Field>
        );
      })}
    </div>
  );
}

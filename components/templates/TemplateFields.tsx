import type { MessageKey } from '../../utils/i18n';
import { type Gender, PLACEHOLDERS, type PlaceholderName, type Values } from '../../utils/templates';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { TextArea, TextInput } from '../ui/inputs';

const MULTILINE = new Set<PlaceholderName>(['missing_documents', 'citation']);

interface Props {
  names: PlaceholderName[];
  values: Values;
  gender: Gender;
  onGender: (g: Gender) => void;
  onChange: (name: PlaceholderName, value: string) => void;
  /** Values that come from the profile or the pack and are already known. */
  known: Values;
}

/** The fill-in form: the values this template needs that are not known yet, and the form of address. */
export function TemplateFields({ names, values, gender, onGender, onChange, known }: Props) {
  const { t } = useI18n();
  const asked = names.filter((n) => PLACEHOLDERS[n] === 'form' || ((PLACEHOLDERS[n] === 'profile' || PLACEHOLDERS[n] === 'pack') && !known[n]));
  return (
    <div class="template-fields">
      <fieldset class="chips">
        <legend>{t('genderLabel')}</legend>
        {(['m', 'f', 'p'] as const).map((g) => (
          <label key={g} class="chip radio">
            <input type="radio" name="gender" value={g} checked={gender === g} onChange={() => onGender(g)} />
            {t(`gender_${g}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      {asked.map((name, i) => {
        const control = { value: values[name] ?? '', dir: 'auto' as const, name, autoFocus: i === 0, onValue: (v: string) => onChange(name, v) };
        return (
          <Field key={name} id={`field-${name}`} label={t(`field_${name}` as MessageKey)}>
            {(a) => (MULTILINE.has(name) ? <TextArea {...a} {...control} rows={3} /> : <TextInput {...a} {...control} type="text" />)}
          </Field>
        );
      })}
    </div>
  );
}

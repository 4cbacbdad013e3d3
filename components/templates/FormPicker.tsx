import type { MessageKey } from '../../utils/i18n';
import type { Gender } from '../../utils/templates';
import { useI18n } from '../ui/I18nContext';

interface Props {
  gender: Gender | null;
  onGender: (g: Gender) => void;
  /** No form chosen and the template has gendered words: shown as a required field left empty. */
  required: boolean;
}

/**
 * The form of address: native radios (arrow keys move and choose) in a radiogroup named by its label,
 * marked required and invalid while none is chosen, the way an empty required field is.
 */
export function FormPicker({ gender, onGender, required }: Props) {
  const { t } = useI18n();
  return (
    <div
      class={`chips form-picker${required ? ' invalid' : ''}`}
      role="radiogroup"
      aria-labelledby="form-picker-label"
      aria-required={required}
      aria-invalid={required}
      aria-describedby={required ? 'form-picker-required' : undefined}
    >
      <span class="form-picker-label" id="form-picker-label">
        {t('genderLabel')}
      </span>
      {(['m', 'f', 'p'] as const).map((g) => (
        <label key={g} class="chip radio">
          <input type="radio" name="gender" value={g} checked={gender === g} onChange={() => onGender(g)} />
          {t(`gender_${g}` as MessageKey)}
        </label>
      ))}
      {required && (
        <small class="field-error" id="form-picker-required">
          {t('formRequired')}
        </small>
      )}
    </div>
  );
}

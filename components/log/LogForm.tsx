import { useEffect, useRef, useState } from 'preact/hooks';
import type { Pack } from '../../utils/knowledge';
import { type FieldError, type Interaction, normalizeSaudiId, normalizeSaudiMobile } from '../../utils/log';
import { useI18n } from '../ui/I18nContext';
import { OutcomeStep } from './OutcomeStep';
import { ReceiveStep } from './ReceiveStep';
import { controlId, useRecordForm } from './useRecordForm';
import { VerifyStep } from './VerifyStep';

interface Props {
  pack: Pack;
  initial: Interaction;
  isNew: boolean;
  /** The same checks Save runs, to clear an error as soon as its value is corrected. */
  validate: (record: Interaction) => FieldError[];
  onSave: (record: Interaction) => Promise<FieldError[]>;
  onCancel: () => void;
}

/** The mobile and ID as stored (+9665…, Latin digits), the name trimmed. */
function cleaned(r: Interaction): Interaction {
  const { phone, national_id, name } = r.beneficiary;
  return {
    ...r,
    beneficiary: {
      name: name.trim(),
      phone: phone?.trim() ? (normalizeSaudiMobile(phone) ?? phone) : undefined,
      national_id: national_id?.trim() ? normalizeSaudiId(national_id) : undefined,
    },
  };
}

/** The log form, in the order of the policy's five-step procedure. */
export function LogForm({ pack, initial, isNew, validate, onSave, onCancel }: Props) {
  const { t } = useI18n();
  const f = useRecordForm(initial, (r) => validate(cleaned(r)));
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the form (new, edit, "log this") puts the keyboard at its top, not on <body>.
  useEffect(() => heading.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    const errs = await onSave(cleaned(f.r));
    f.setErrors(errs);
    setSaving(false);
    if (errs[0]) document.getElementById(controlId(errs[0].field))?.focus();
  };

  const template = f.r.template_id && (pack.templates.find((x) => x.id === f.r.template_id)?.title ?? f.r.template_id);
  return (
    <form class="log-form" onSubmit={submit} noValidate>
      <h2 ref={heading} tabIndex={-1}>
        {isNew ? t('newRecord') : t('edit')}
      </h2>
      {template && <p class="hint">{t('fTemplate', template)}</p>}
      <ReceiveStep pack={pack} f={f} />
      <VerifyStep f={f} />
      <OutcomeStep f={f} />
      {f.errors.length > 0 && (
        <p class="field-error" role="alert">
          {t('saveFailed')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {t('save')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

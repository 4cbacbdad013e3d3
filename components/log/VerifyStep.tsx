import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { Checkbox, TextInput } from '../ui/inputs';
import type { RecordForm } from './useRecordForm';

/** Step 2, both duties: all the required information was provided, and the data were matched at submission. */
export function VerifyStep({ f }: { f: RecordForm }) {
  const { t } = useI18n();
  const { r } = f;
  return (
    <fieldset>
      <legend>{t('stepVerify')}</legend>
      <Checkbox id={f.id('info_complete')} checked={r.info_complete} label={t('fInfoComplete')} onValue={(info_complete) => f.set({ info_complete })} />
      <Checkbox id={f.id('verified')} checked={r.verified} label={t('fVerified')} onValue={(verified) => f.set({ verified })} />
      <Field id={f.id('verification_note')} label={t('fVerificationNote')} error={f.error('verification_note')}>
        {(a) => <TextInput {...a} dir="auto" value={r.verification_note ?? ''} onValue={(verification_note) => f.set({ verification_note })} />}
      </Field>
      <Field id={f.id('beneficiary.national_id')} label={t('fNationalId')} error={f.error('beneficiary.national_id')}>
        {(a) => (
          <TextInput
            {...a}
            dir="ltr"
            inputMode="numeric"
            autoComplete="off"
            value={r.beneficiary.national_id ?? ''}
            onValue={(national_id) => f.setBeneficiary({ national_id })}
          />
        )}
      </Field>
    </fieldset>
  );
}

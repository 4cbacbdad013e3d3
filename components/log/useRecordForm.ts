import { useState } from 'preact/hooks';
import { changeOutcome, type FieldError, type Interaction, localMobile, type Outcome } from '../../utils/log';
import { useI18n } from '../ui/I18nContext';
import { errorText } from './labels';

/** What each step of the log form works with. */
export interface RecordForm {
  r: Interaction;
  set: (patch: Partial<Interaction>) => void;
  setBeneficiary: (patch: Partial<Interaction['beneficiary']>) => void;
  setOutcome: (outcome: Outcome) => void;
  /** The control id of a record field ("beneficiary.name" → "log-beneficiary-name"). */
  id: (field: string) => string;
  /** The field's error in the user's language, if it has one. */
  error: (field: string) => string | undefined;
  errors: FieldError[];
  setErrors: (errors: FieldError[]) => void;
}

export const controlId = (field: string) => `log-${field.replace(/\./g, '-')}`;

/**
 * The record being edited. The mobile shows as staff write it (05…). Once Save has found errors,
 * each change re-checks them, so an error goes away as soon as its value is corrected (no new
 * errors appear before the next Save).
 */
export function useRecordForm(initial: Interaction, validate: (r: Interaction) => FieldError[]): RecordForm {
  const { t, tn } = useI18n();
  const [r, setR] = useState<Interaction>(() => ({
    ...initial,
    beneficiary: { ...initial.beneficiary, phone: localMobile(initial.beneficiary.phone) || undefined },
  }));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const update = (next: Interaction) => {
    setR(next);
    if (errors.length) {
      const still = validate(next);
      setErrors(errors.filter((e) => still.some((s) => s.field === e.field)).map((e) => still.find((s) => s.field === e.field) ?? e));
    }
  };
  return {
    r,
    set: (patch) => update({ ...r, ...patch }),
    setBeneficiary: (patch) => update({ ...r, beneficiary: { ...r.beneficiary, ...patch } }),
    setOutcome: (outcome) => update(changeOutcome(r, outcome)),
    id: controlId,
    error: (field) => {
      const e = errors.find((x) => x.field === field);
      return e && errorText(t, e, tn);
    },
    errors,
    setErrors,
  };
}

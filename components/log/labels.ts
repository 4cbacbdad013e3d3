import type { MessageKey, Translate, TranslateCount } from '../../utils/i18n';
import type { FieldError, Outcome } from '../../utils/log';

export const outcomeLabel = (t: Translate, o: Outcome) => t(`outcome_${o}` as MessageKey);
/** A field error in words; a length limit is a count, in its plural form. */
export const errorText = (t: Translate, e: FieldError, tn?: TranslateCount) =>
  e.code === 'too_long' && tn ? tn('err_too_long', e.max ?? 0) : t(`err_${e.code}` as MessageKey, e.max ?? '');

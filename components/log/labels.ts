import type { MessageKey, Translate } from '../../utils/i18n';
import type { FieldError, Outcome } from '../../utils/log';

export const outcomeLabel = (t: Translate, o: Outcome) => t(`outcome_${o}` as MessageKey);
export const errorText = (t: Translate, e: FieldError) => t(`err_${e.code}` as MessageKey, e.max ?? '');

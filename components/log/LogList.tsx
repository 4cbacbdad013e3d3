import { useState } from 'preact/hooks';
import { parseIsoDate, toIsoDate } from '../../utils/dates';
import type { MessageKey } from '../../utils/i18n';
import type { Pack } from '../../utils/knowledge';
import { followUpState, type Interaction, maskId, type OutboxEntry } from '../../utils/log';
import { useI18n } from '../ui/I18nContext';
import { outcomeLabel } from './labels';

const PAGE = 100;

interface Props {
  pack: Pack;
  records: Interaction[];
  onEdit: (r: Interaction) => void;
  onDelete: (r: Interaction) => void;
  delivery: Map<string, OutboxEntry>;
  onRetry: (id: string) => void;
}

export function LogList({ pack, records, onEdit, onDelete, delivery, onRetry }: Props) {
  const { t, lang, day } = useI18n();
  const [shown, setShown] = useState(PAGE);
  const today = toIsoDate(new Date());
  const channel = (id: string) => pack.channels.find((c) => c.id === id)?.label[lang] ?? id;
  return (
    <>
      <ul class="log-list" aria-label={t('tabLog')}>
        {records.slice(0, shown).map((r) => {
          const when = new Date(r.occurred_at);
          const state = followUpState(r, today);
          const due = r.follow_up ? parseIsoDate(r.follow_up.due) : null;
          return (
            <li key={r.id} class="log-row" data-id={r.id}>
              <div class="log-main">
                <strong dir="auto">{r.beneficiary.name}</strong>
                {r.beneficiary.national_id && (
                  <span class="muted">
                    {' · '}
                    <bdi dir="ltr" class="masked-id nowrap">
                      {maskId(r.beneficiary.national_id)}
                    </bdi>
                  </span>
                )}
                {r.request_ref && (
                  <span class="muted">
                    {' · '}
                    <bdi dir="auto" class="nowrap">
                      {r.request_ref}
                    </bdi>
                  </span>
                )}
                <div class="muted small">
                  {channel(r.channel)} · {outcomeLabel(t, r.outcome)} · <bdi>{day(when)}</bdi>
                </div>
                {delivery.get(r.id) && (
                  <span
                    class={`delivery delivery-${delivery.get(r.id)?.state}`}
                    title={delivery.get(r.id)?.last_error}
                    data-delivery={delivery.get(r.id)?.state}
                  >
                    {t(`delivery_${delivery.get(r.id)?.state}` as MessageKey)}
                  </span>
                )}
                {delivery.get(r.id)?.state === 'attention' && (
                  <div class="small field-error" dir="auto">
                    {delivery.get(r.id)?.last_error}{' '}
                    <button type="button" class="link-button" onClick={() => onRetry(r.id)}>
                      {t('retryNow')}
                    </button>
                  </div>
                )}
                {due && (state === 'open' || state === 'overdue') && (
                  <span class={`badge ${state === 'overdue' ? 'badge-overdue' : 'badge-official'}`}>
                    {state === 'overdue' ? `${t('overdueBadge')} · ` : ''}
                    <bdi>{t('dueOn', day(due))}</bdi>
                  </span>
                )}
              </div>
              <div class="log-actions">
                <button type="button" class="link-button log-edit" onClick={() => onEdit(r)} aria-label={`${t('edit')}: ${r.beneficiary.name}`}>
                  {t('edit')}
                </button>
                <button type="button" class="link-button danger" onClick={() => onDelete(r)} aria-label={`${t('delete')}: ${r.beneficiary.name}`}>
                  {t('delete')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {records.length > shown && (
        <button type="button" class="secondary" onClick={() => setShown((s) => s + PAGE)}>
          {t('showMore')}
        </button>
      )}
    </>
  );
}

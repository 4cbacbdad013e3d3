import { useEffect, useState } from 'preact/hooks';
import { parseIsoDate, toIsoDate } from '../../utils/dates';
import { followUpState, type Interaction } from '../../utils/log';
import { useI18n } from '../ui/I18nContext';
import { TextInput } from '../ui/inputs';

interface Props {
  records: Interaction[];
  onDone: (r: Interaction, result: string) => void;
  onOpen: (r: Interaction) => void;
}

/** Overdue and upcoming follow-ups, soonest first; mark one done with its result. */
export function FollowUps({ records, onDone, onOpen }: Props) {
  const { t } = useI18n();
  const today = toIsoDate(new Date());
  const open = records.filter((r) => r.follow_up && !r.follow_up.done_at).sort((a, b) => (a.follow_up?.due ?? '').localeCompare(b.follow_up?.due ?? ''));
  const overdue = open.filter((r) => followUpState(r, today) === 'overdue');
  const upcoming = open.filter((r) => followUpState(r, today) === 'open');
  if (open.length === 0) return <p class="empty">{t('followUpsEmpty')}</p>;
  return (
    <div class="followups">
      <h2>{t('followUpsOverdue', overdue.length)}</h2>
      <FollowUpList records={overdue} overdue onDone={onDone} onOpen={onOpen} />
      <h2>{t('followUpsDue', upcoming.length)}</h2>
      <FollowUpList records={upcoming} onDone={onDone} onOpen={onOpen} />
    </div>
  );
}

function FollowUpList({ records, overdue = false, onDone, onOpen }: Props & { overdue?: boolean }) {
  const { t, day } = useI18n();
  const [closing, setClosing] = useState<string | null>(null);
  const [result, setResult] = useState('');
  // «تمت المتابعة» opens a box for the result: the keyboard goes straight into it.
  useEffect(() => {
    if (closing) document.getElementById(`done-result-${closing}`)?.focus();
  }, [closing]);
  return (
    <ul class="log-list">
      {records.map((r) => {
        const due = parseIsoDate(r.follow_up?.due ?? '');
        return (
          <li key={r.id} class={`log-row${overdue ? ' overdue' : ''}`} data-id={r.id}>
            <div class="log-main">
              <button type="button" class="link-button" onClick={() => onOpen(r)}>
                <strong dir="auto">{r.beneficiary.name}</strong>
              </button>
              {r.request_ref && (
                <span class="muted">
                  {' · '}
                  <bdi dir="auto">{r.request_ref}</bdi>
                </span>
              )}
              {due && (
                <div class="muted small">
                  <bdi>{t('dueOn', day(due))}</bdi>
                </div>
              )}
              {closing === r.id && (
                <div class="row">
                  <TextInput
                    id={`done-result-${r.id}`}
                    aria-label={t('doneResult')}
                    placeholder={t('doneResult')}
                    dir="auto"
                    value={result}
                    onValue={setResult}
                  />
                  <button
                    type="button"
                    class="primary"
                    onClick={() => {
                      onDone(r, result.trim());
                      setClosing(null);
                      setResult('');
                      // The row leaves the list: the keyboard goes to the next follow-up, or back to the Follow-ups chip.
                      setTimeout(() => {
                        const next = [...document.querySelectorAll<HTMLElement>('.followups .log-row > button')].find((b) => !b.closest(`[data-id="${r.id}"]`));
                        (next ?? document.querySelector<HTMLElement>('.chips [aria-pressed="true"]'))?.focus();
                      }, 150);
                    }}
                  >
                    {t('save')}
                  </button>
                </div>
              )}
            </div>
            {closing !== r.id && (
              <button type="button" class="secondary" onClick={() => setClosing(r.id)}>
                {t('markDone')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

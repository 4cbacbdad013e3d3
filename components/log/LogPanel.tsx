import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { toIsoDate } from '../../utils/dates';
import type { Pack } from '../../utils/knowledge';
import { filterInteractions, type Interaction, type LogFilter, newInteraction, validateInteraction } from '../../utils/log';
import { logDraft, staffProfile } from '../../utils/settings';
import { useI18n } from '../ui/I18nContext';
import { useManaged } from '../ui/useSettings';
import { useStored } from '../ui/useStored';
import { Dashboard } from './Dashboard';
import { DeliveryStatus } from './DeliveryStatus';
import { FollowUps } from './FollowUps';
import { LogActions } from './LogActions';
import { LogFilters } from './LogFilters';
import { LogForm } from './LogForm';
import { LogList } from './LogList';
import { RetentionNotice } from './RetentionNotice';
import { useDelivery } from './useDelivery';
import { useLogStore } from './useLogStore';

type View = 'list' | 'followups' | 'dashboard';

export function LogPanel({ pack }: { pack: Pack }) {
  const { t, tn } = useI18n();
  const context = useMemo(() => ({ channels: pack.channels.map((c) => c.id), topics: pack.topics.map((x) => x.id) }), [pack]);
  const store = useLogStore(context);
  const [view, setView] = useState<View>('list');
  const [editing, setEditing] = useState<{ record: Interaction; isNew: boolean } | null>(null);
  const [filter, setFilter] = useState<LogFilter>({});
  const [toast, setToast] = useState<{ text: string; undo?: () => void } | null>(null);
  const [profile] = useStored(staffProfile, { name: '', title: '', branch: '', surveyLink: '' });
  // Where the keyboard goes back to when the form closes: the button that opened it.
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const delivery = useDelivery(useManaged(), store.delivery);

  // A draft left by the Replies tab (after inserting a template) opens the form pre-filled.
  useEffect(() => {
    const take = (draft: Partial<Interaction> | null) => {
      if (!draft) return;
      void logDraft.setValue(null);
      setToast(null);
      setEditing({ record: newInteraction({ channel: pack.channels[0]?.id ?? '', ...draft }), isNew: true });
    };
    void logDraft.getValue().then(take);
    return logDraft.watch(take);
  }, [pack]);

  const shown = useMemo(() => filterInteractions(store.records, filter), [store.records, filter]);
  useEffect(() => {
    if (editing || !returnTo) return;
    (document.querySelector<HTMLElement>(returnTo) ?? document.getElementById('log-new'))?.focus();
    setReturnTo(null);
  }, [editing, returnTo]);
  const close = (record: Interaction) => {
    setReturnTo(editing?.isNew ? '#log-new' : `.log-row[data-id="${record.id}"] .log-edit`);
    setEditing(null);
  };
  const show = (next: View) => {
    setView(next);
    setToast(null);
  };
  // A message belongs to the screen it was said on: opening the form ends it.
  const edit = (record: Interaction, isNew: boolean) => {
    setToast(null);
    setEditing({ record, isNew });
  };

  if (editing) {
    return (
      <LogForm
        pack={pack}
        initial={editing.record}
        isNew={editing.isNew}
        validate={(record) => validateInteraction(record, { ...context, isNew: editing.isNew, today: new Date() })}
        onCancel={() => close(editing.record)}
        onSave={async (record) => {
          const withStaff = editing.isNew && profile.name ? { ...record, staff: { name: profile.name, branch: profile.branch || undefined } } : record;
          const result = await store.save(withStaff, editing.isNew);
          if (!result.ok) return result.errors;
          close(record);
          setToast({ text: t('saved') });
          return [];
        }}
      />
    );
  }

  const onDelete = async (r: Interaction) => {
    const removed = await store.remove(r.id);
    if (removed) setToast({ text: t('deleted'), undo: () => void store.restore(removed).then(() => setToast(null)) });
  };

  const stamp = toIsoDate(new Date());
  return (
    <div class="log-panel">
      <fieldset class="chips">
        <legend class="visually-hidden">{t('tabLog')}</legend>
        {(['list', 'followups', 'dashboard'] as const).map((v) => (
          <button key={v} type="button" class="chip" aria-pressed={view === v} onClick={() => show(v)}>
            {t(v === 'list' ? 'tabLog' : v === 'followups' ? 'tabFollowUps' : 'tabDashboard')}
          </button>
        ))}
      </fieldset>
      {toast && (
        <div class="toast-bar" role="status">
          <span>{toast.text}</span>
          {toast.undo && (
            <button type="button" class="link-button" onClick={toast.undo}>
              {t('undo')}
            </button>
          )}
        </div>
      )}
      {store.loading && store.records.length === 0 ? (
        <p class="hint">{t('loadingLog')}</p>
      ) : view === 'followups' ? (
        <FollowUps
          records={store.records}
          onOpen={(r) => edit(r, false)}
          onDone={(r, result) =>
            void store.save({ ...r, follow_up: { due: r.follow_up?.due ?? stamp, done_at: new Date().toISOString(), result: result || undefined } }, false)
          }
        />
      ) : view === 'dashboard' ? (
        <Dashboard pack={pack} records={store.records} />
      ) : (
        <>
          <LogActions
            pack={pack}
            store={store}
            shown={shown}
            context={context}
            onNew={() => edit(newInteraction({ channel: pack.channels[0]?.id ?? '' }), true)}
            onToast={(text) => setToast({ text })}
          />
          <DeliveryStatus
            state={delivery.state}
            onRequestAccess={async () => {
              const ok = await delivery.requestAccess();
              // Records that waited for access are due now, not at their back-off time.
              if (ok) await store.retry();
              return ok;
            }}
            onRetry={() => void store.retry()}
            onOpenSettings={() => void browser.runtime.openOptionsPage()}
          />
          <RetentionNotice delivery={store.delivery} />
          <LogFilters pack={pack} value={filter} onChange={setFilter} />
          <p class="count">{tn('logCount', shown.length)}</p>
          {store.records.length === 0 ? (
            <p class="empty">{t('logEmpty')}</p>
          ) : shown.length === 0 ? (
            <p class="empty">{t('logNoMatch')}</p>
          ) : (
            <LogList
              pack={pack}
              records={shown}
              onEdit={(r) => edit(r, false)}
              onDelete={onDelete}
              delivery={store.delivery}
              onRetry={(id) => void store.retry([id])}
            />
          )}
        </>
      )}
    </div>
  );
}

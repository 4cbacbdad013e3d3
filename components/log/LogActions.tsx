import { useRef } from 'preact/hooks';
import { toIsoDate } from '../../utils/dates';
import type { Pack } from '../../utils/knowledge';
import { type Interaction, MAX_IMPORT_BYTES, parseImport, toCsv, toJson } from '../../utils/log';
import { downloadFile } from '../ui/download';
import { useI18n } from '../ui/I18nContext';
import type { LogStore } from './useLogStore';

interface Props {
  pack: Pack;
  store: LogStore;
  /** The records the list shows (the CSV exports what is shown). */
  shown: Interaction[];
  /** The pack's channels and topics, as the log form validates against them. */
  context: { channels: string[]; topics: string[] };
  onNew: () => void;
  onToast: (text: string) => void;
}

/** New record, CSV and JSON export, JSON import — each says what it did, or why it did nothing. */
export function LogActions({ pack, store, shown, context, onNew, onToast }: Props) {
  const { t, tn, lang } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  const stamp = toIsoDate(new Date());
  const label = (kind: 'channel' | 'topic' | 'template', id: string) => {
    const list = kind === 'channel' ? pack.channels : kind === 'topic' ? pack.topics : [];
    return list.find((x) => x.id === id)?.label[lang] ?? (kind === 'template' ? pack.templates.find((x) => x.id === id)?.title : undefined) ?? id;
  };
  const exportAs = (kind: 'csv' | 'json') => {
    // Both exports follow the active filter: what is shown is what leaves.
    const records = shown;
    if (records.length === 0) {
      onToast(t(store.records.length === 0 ? 'exportEmpty' : 'exportNoMatch'));
      return;
    }
    if (kind === 'csv') downloadFile(`murshid-log-${stamp}.csv`, toCsv(records, { lang, label }), 'text/csv;charset=utf-8');
    else downloadFile(`murshid-log-${stamp}.json`, toJson(records), 'application/json');
    onToast(tn(kind === 'csv' ? 'exportedCsv' : 'exportedJson', records.length));
  };
  const onImport = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      onToast(t('importTooLarge', Math.round(MAX_IMPORT_BYTES / 1048576)));
      return;
    }
    // Every imported record is checked as the form checks it.
    const parsed = parseImport(await file.text(), { ...context, today: new Date(), isNew: false });
    if (!parsed.ok) {
      const text =
        parsed.error === 'size'
          ? t('importTooLarge', Math.round(MAX_IMPORT_BYTES / 1048576))
          : parsed.error === 'json'
            ? t('importBadJson')
            : parsed.error === 'shape'
              ? t('importBadShape')
              : t('importBadRecord', (parsed.index ?? 0) + 1, parsed.field ?? '');
      onToast(text);
      return;
    }
    const { added, skipped } = await store.importRecords(parsed);
    onToast(tn('importDone', added, tn('importSkipped', skipped)));
  };
  return (
    <div class="actions wrap">
      <button type="button" id="log-new" class="primary" onClick={onNew}>
        {t('newRecord')}
      </button>
      <button type="button" class="secondary" onClick={() => exportAs('csv')}>
        {t('exportCsv')}
      </button>
      <button type="button" class="secondary" onClick={() => exportAs('json')}>
        {t('exportJson')}
      </button>
      <button type="button" class="secondary" onClick={() => fileInput.current?.click()}>
        {t('importJson')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t('importJson')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void onImport(file);
          e.currentTarget.value = '';
        }}
      />
    </div>
  );
}

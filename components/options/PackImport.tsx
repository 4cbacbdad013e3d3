import { useEffect, useState } from 'preact/hooks';
import { packSource } from '../../utils/distribution/follow';
import type { MessageKey } from '../../utils/i18n';
import { DOCUMENT_KINDS, type DocumentKind } from '../../utils/knowledge';
import { activePackFiles } from '../../utils/pack/active';
import { previousPack } from '../../utils/settings';
import { useActivePack } from '../knowledge/useActivePack';
import { IndexProgress } from '../search/IndexProgress';
import { StatusBadge } from '../search/StatusBadge';
import { downloadFile } from '../ui/download';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { FileInput, Select, TextInput } from '../ui/inputs';
import { useStored } from '../ui/useStored';
import { ImportConfirm } from './ImportConfirm';
import { ImportErrors } from './ImportErrors';
import { zipPack } from './packFiles';
import { TemplateGuide } from './TemplateGuide';
import { usePackImport } from './usePackImport';

const KIND_LABEL: Record<DocumentKind, MessageKey> = { policy: 'kindPolicy', bylaws: 'kindBylaws', guide: 'kindGuide' };

/** Import, export, restore and reset of the knowledge pack; nothing replaces the working pack until the new one is valid and, when it changes official content, confirmed. */
export function PackImport() {
  const { t, tn } = useI18n();
  const active = useActivePack();
  const pack = active?.pack ?? null;
  const flow = usePackImport(pack);
  const [previous] = useStored(previousPack, null);
  const [chosen, setChosen] = useState<File[]>([]);
  const [kind, setKind] = useState<DocumentKind | ''>('');
  const [title, setTitle] = useState('');
  const [formError, setFormError] = useState('');
  const [askReset, setAskReset] = useState(false);
  // An import made while a pack is followed stays active: said before the admin imports.
  const [following, setFollowing] = useState(false);
  useEffect(() => {
    void packSource().then((source) => setFollowing(!!source));
  }, [active]);
  const hasDocx = chosen.some((f) => f.name.toLowerCase().endsWith('.docx'));

  const run = (e: Event) => {
    e.preventDefault();
    setFormError('');
    if (!active || chosen.length === 0) return;
    // A Word file replaces the document of the kind chosen: nothing is assumed for the admin.
    if (hasDocx && !kind) return setFormError(t('docxKindMissing'));
    if (hasDocx && !title.trim()) return setFormError(t('docxTitleMissing'));
    void flow.importChosen(chosen, { kind: kind || 'policy', title });
  };

  const exportZip = async () => {
    if (!active) return;
    downloadFile(`murshid-pack-${pack?.version ?? 'current'}.zip`, zipPack(await activePackFiles()) as Uint8Array<ArrayBuffer>, 'application/zip');
  };

  return (
    <section class="settings-card" aria-labelledby="pack-title">
      <h2 id="pack-title">{t('optionsPack')}</h2>
      {active && pack && (
        <>
          <p data-testid="pack-summary">
            {t(`packSource_${active.source}` as MessageKey)} —{' '}
            {tn(
              'optionsPackSummary',
              pack.documents.length,
              pack.version,
              tn(
                'sectionsCount',
                pack.documents.reduce((n, d) => n + d.sections.length, 0),
              ),
            )}
          </p>
          <ul>
            {pack.documents.map((d) => (
              <li key={d.id}>
                {d.title} · {t('versionLabel', d.version)} <StatusBadge status={d.status} />
              </li>
            ))}
          </ul>
        </>
      )}
      <form onSubmit={run}>
        <h3>{t('optionsImport')}</h3>
        <p class="hint">{t('optionsImportHint')}</p>
        <TemplateGuide />
        {following && <p class="hint">{t('packImportOverFollow')}</p>}
        <Field id="import-files" label={t('importFiles')}>
          {(a) => <FileInput {...a} multiple accept=".md,.zip,.docx,.json" onFiles={setChosen} />}
        </Field>
        {hasDocx && (
          <div class="row">
            <Field id="docx-kind" label={t('docxKind')} class="compact">
              {(a) => (
                <Select<DocumentKind | ''>
                  {...a}
                  value={kind}
                  aria-required="true"
                  empty={t('docxKindChoose')}
                  options={DOCUMENT_KINDS.map((k) => [k, t(KIND_LABEL[k])] as const)}
                  onValue={setKind}
                />
              )}
            </Field>
            <Field id="docx-title" label={t('docxTitle')} class="compact">
              {(a) => <TextInput {...a} dir="auto" aria-required="true" value={title} onValue={setTitle} />}
            </Field>
          </div>
        )}
        <div class="actions wrap">
          <button type="submit" class="primary" disabled={flow.busy || chosen.length === 0 || !!flow.pending}>
            {flow.busy ? t('importing') : t('importButton')}
          </button>
          <button type="button" class="secondary" onClick={() => void exportZip()}>
            {t('exportPack')}
          </button>
          {previous && (
            <button type="button" class="secondary" disabled={flow.busy} onClick={() => void flow.restore()} title={t('previousPackInfo', previous.summary)}>
              {t('restorePrevious')}
            </button>
          )}
          {active?.source === 'imported' && (
            <button type="button" class="secondary" disabled={flow.busy} onClick={() => setAskReset(true)}>
              {t('resetPack')}
            </button>
          )}
        </div>
        {flow.busy && flow.progress && <IndexProgress progress={flow.progress} />}
      </form>
      {askReset && (
        <div class="notice" role="alertdialog" aria-label={t('resetPack')} data-testid="reset-confirm">
          <p>{t('resetConfirm')}</p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => {
                setAskReset(false);
                void flow.reset();
              }}
            >
              {t('resetConfirmYes')}
            </button>
            <button type="button" class="secondary" onClick={() => setAskReset(false)}>
              {t('confirmCancel')}
            </button>
          </div>
        </div>
      )}
      {flow.pending && <ImportConfirm impact={flow.pending.impact} onApply={() => void flow.apply()} onCancel={flow.cancel} />}
      {formError && (
        <p class="field-error" role="alert" data-testid="import-form-error">
          {formError}
        </p>
      )}
      {flow.result && (
        <p class="toast" role="status" data-testid="import-result">
          {flow.result}
        </p>
      )}
      {(flow.errors || flow.refused.length > 0) && <ImportErrors errors={flow.errors ?? []} refused={flow.refused} />}
    </section>
  );
}

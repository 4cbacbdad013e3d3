import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sha256Hex } from '../../utils/distribution';
import { packSource } from '../../utils/distribution/follow';
import { followState, packOrigin } from '../../utils/distribution/state';
import type { MessageKey } from '../../utils/i18n';
import { DOCUMENT_KINDS, type DocumentKind, formatError, loadPack, mergePackFiles, type PackError } from '../../utils/knowledge';
import { packStamp } from '../../utils/pack';
import { activePackFiles, resetImportedPack, saveImportedPack } from '../../utils/pack/active';
import type { BuildProgress } from '../../utils/search';
import { useActivePack } from '../knowledge/useActivePack';
import { IndexProgress } from '../search/IndexProgress';
import { StatusBadge } from '../search/StatusBadge';
import { downloadFile } from '../ui/download';
import { useI18n } from '../ui/I18nContext';
import { ImportLimitError } from './importLimits';
import { readImport, zipPack } from './packFiles';
import { TemplateGuide } from './TemplateGuide';

const KIND_LABEL: Record<DocumentKind, MessageKey> = { policy: 'kindPolicy', bylaws: 'kindBylaws', guide: 'kindGuide' };

/** Import, export and reset of the knowledge pack; nothing replaces the working pack until the new one is valid. */
export function PackImport() {
  const { t, tn } = useI18n();
  const active = useActivePack();
  const [chosen, setChosen] = useState<File[]>([]);
  const [kind, setKind] = useState<DocumentKind>('bylaws');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<PackError[] | null>(null);
  const [accepted, setAccepted] = useState('');
  const [progress, setProgress] = useState<BuildProgress | null>(null);
  const [following, setFollowing] = useState(false);
  useEffect(() => {
    void packSource().then((s) => setFollowing(!!s));
  }, [active]);

  const run = async (e: Event) => {
    e.preventDefault();
    if (!active || chosen.length === 0) return;
    setBusy(true);
    setAccepted('');
    try {
      const incoming = await readImport(chosen, { kind, title });
      const merged = mergePackFiles(await activePackFiles(), incoming);
      const result = loadPack(merged);
      if (!result.pack) {
        setErrors(result.errors);
        return;
      }
      // Compiled and indexed now, while the admin waits, so a large pack opens fast for staff.
      await saveImportedPack(merged, result.pack, (done, total) => setProgress({ done, total }));
      // Said plainly in the follow section: an import made while a pack is followed stays active.
      await packOrigin.setValue({
        kind: 'imported',
        stamp: packStamp(merged),
        pack_id: result.pack.id,
        version: result.pack.version,
        sha256: await sha256Hex(new TextEncoder().encode(JSON.stringify(merged))),
        at: new Date().toISOString(),
        overridesFollow: !!(await packSource()),
      });
      setErrors(null);
      const sections = result.pack.documents.reduce((n, d) => n + d.sections.length, 0);
      setAccepted(tn('importAccepted', result.pack.documents.length, tn('sectionsCount', sections), tn('templatesCount', result.pack.templates.length)));
    } catch (err) {
      const message = err instanceof ImportLimitError ? t(err.key, ...err.args) : err instanceof Error ? err.message : String(err);
      setErrors([{ file: chosen.map((f) => f.name).join(', '), line: 1, message }]);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const exportZip = async () => {
    if (!active) return;
    downloadFile(`murshid-pack-${active.pack?.version ?? 'current'}.zip`, zipPack(await activePackFiles()) as Uint8Array<ArrayBuffer>, 'application/zip');
  };

  /** Back to the bundled pack — or, when a pack is followed, to the followed one (fetched afresh). */
  const reset = async () => {
    await resetImportedPack();
    await packOrigin.setValue(null);
    await followState.setValue({ ...(await followState.getValue()), etag: null });
    if (following) void browser.runtime.sendMessage({ type: 'murshid:pack-check' }).catch(() => {});
  };

  const pack = active?.pack;
  return (
    <section class="settings-card" aria-labelledby="pack-title">
      <h2 id="pack-title">{t('optionsPack')}</h2>
      {pack && (
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
        <label class="field">
          <span>{t('importFiles')}</span>
          <input type="file" multiple accept=".md,.zip,.docx,.json" onChange={(e) => setChosen([...((e.currentTarget as HTMLInputElement).files ?? [])])} />
        </label>
        {chosen.some((f) => f.name.toLowerCase().endsWith('.docx')) && (
          <div class="row">
            <label class="field compact">
              <span>{t('docxKind')}</span>
              <select value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as DocumentKind)}>
                {DOCUMENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(KIND_LABEL[k])}
                  </option>
                ))}
              </select>
            </label>
            <label class="field compact">
              <span>{t('docxTitle')}</span>
              <input dir="auto" value={title} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
            </label>
          </div>
        )}
        <div class="actions wrap">
          <button type="submit" class="primary" disabled={busy || chosen.length === 0}>
            {busy ? t('importing') : t('importButton')}
          </button>
          <button type="button" class="secondary" onClick={() => void exportZip()}>
            {t('exportPack')}
          </button>
          {active?.source === 'imported' && (
            <button type="button" class="secondary" onClick={() => void reset()}>
              {t('resetPack')}
            </button>
          )}
        </div>
        {busy && progress && <IndexProgress progress={progress} />}
      </form>
      {accepted && (
        <p class="toast" role="status" data-testid="import-result">
          {accepted}
        </p>
      )}
      {errors && (
        <div class="field-error" role="alert" data-testid="import-errors">
          <p>{tn('importRefused', errors.length)}</p>
          <ul>
            {errors.map((er) => (
              <li key={formatError(er)} dir="auto">
                {formatError(er, t)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

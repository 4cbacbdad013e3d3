import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sha256Hex } from '../../utils/distribution';
import { packSource } from '../../utils/distribution/follow';
import { followState, packOrigin } from '../../utils/distribution/state';
import type { MessageKey } from '../../utils/i18n';
import {
  type DocumentKind,
  encodingErrors,
  type ImportImpact,
  importImpact,
  loadPack,
  mergePackFiles,
  nameErrors,
  needsConfirmation,
  type Pack,
  type PackError,
  type PackFile,
  type Refusal,
  unlistedFiles,
} from '../../utils/knowledge';
import { packStamp } from '../../utils/pack';
import { activePackFiles } from '../../utils/pack/active';
import { applyImport, backToBundled, restorePreviousPack } from '../../utils/pack/history';
import type { BuildProgress } from '../../utils/search';
import { useI18n } from '../ui/I18nContext';
import { ImportLimitError } from './importLimits';
import { readImport } from './packFiles';

export interface PendingImport {
  files: PackFile[];
  pack: Pack;
  impact: ImportImpact;
  from: string;
}

/** The import, confirm, restore and reset steps of the options page, each saying what it did. */
export function usePackImport(current: Pack | null) {
  const { t, tn, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<BuildProgress | null>(null);
  const [errors, setErrors] = useState<PackError[] | null>(null);
  const [refused, setRefused] = useState<Refusal[]>([]);
  const [result, setResult] = useState('');
  const [pending, setPending] = useState<PendingImport | null>(null);

  const figures = (p: Pack) => [
    tn('countDocuments', p.documents.length),
    tn(
      'sectionsCount',
      p.documents.reduce((n, d) => n + d.sections.length, 0),
    ),
    tn('templatesCount', p.templates.length),
  ];
  const clear = () => {
    setErrors(null);
    setRefused([]);
    setResult('');
  };
  const step = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (err) {
      const message = err instanceof ImportLimitError ? t(err.key as MessageKey, ...err.args) : err instanceof Error ? err.message : String(err);
      setErrors([{ file: '—', line: 1, message }]);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  const onProgress = (done: number, total: number) => setProgress({ done, total });

  const apply = (p: PendingImport) =>
    step(async () => {
      await applyImport(p.files, p.pack, onProgress);
      // Said plainly in the follow section: an import made while a pack is followed stays active.
      await packOrigin.setValue({
        kind: 'imported',
        stamp: packStamp(p.files),
        pack_id: p.pack.id,
        version: p.pack.version,
        sha256: await sha256Hex(new TextEncoder().encode(JSON.stringify(p.files))),
        at: new Date().toISOString(),
        overridesFollow: !!(await packSource()),
      });
      setPending(null);
      clear();
      setResult(t('importAcceptedFrom', p.from, ...figures(p.pack)));
    });

  return {
    busy,
    progress,
    errors,
    refused,
    result,
    pending,
    /** Reads and validates the chosen files; applies them at once unless official content would be replaced. */
    importChosen: (chosen: File[], docx: { kind: DocumentKind; title: string }) =>
      step(async () => {
        clear();
        setPending(null);
        const read = await readImport(chosen, docx);
        if (read.refused.length) {
          setRefused(read.refused);
          return;
        }
        const merged = mergePackFiles(await activePackFiles(), read.files);
        // Errors name the file the admin chose, wherever the merge put its content.
        const names = new Map<string, string>();
        for (const f of read.files) {
          const at = merged.find((m) => m.content === f.content);
          names.set(at?.path ?? f.path, read.chosen.get(f.path) ?? f.path);
        }
        const loaded = loadPack(merged);
        const problems = [...encodingErrors(read.files), ...unlistedFiles(read.files), ...loaded.errors];
        if (!loaded.pack || problems.length) {
          setErrors(nameErrors(problems, names));
          return;
        }
        const next: PendingImport = {
          files: merged,
          pack: loaded.pack,
          impact: importImpact(current ?? loaded.pack, loaded.pack),
          from: chosen.map((f) => f.name).join(lang === 'ar' ? '، ' : ', '),
        };
        if (current && needsConfirmation(next.impact)) setPending(next);
        else await apply(next);
      }),
    apply: () => (pending ? apply(pending) : Promise.resolve()),
    cancel: () => {
      setPending(null);
      setResult(t('importCancelled'));
    },
    restore: () =>
      step(async () => {
        clear();
        const pack = await restorePreviousPack(onProgress);
        if (pack) setResult(t('restoredPrevious', ...figures(pack)));
      }),
    reset: () =>
      step(async () => {
        clear();
        const pack = await backToBundled();
        // When a pack is followed, back to the followed one (fetched afresh).
        await packOrigin.setValue(null);
        await followState.setValue({ ...(await followState.getValue()), etag: null });
        if (await packSource()) void browser.runtime.sendMessage({ type: 'murshid:pack-check' }).catch(() => {});
        if (pack) setResult(t('resetDone', ...figures(pack)));
      }),
  };
}

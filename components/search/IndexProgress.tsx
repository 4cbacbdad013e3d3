import type { BuildProgress } from '../../utils/search';
import { useI18n } from '../ui/I18nContext';

interface Props {
  /** Sections indexed so far and in all; null before the first step reports. */
  progress: BuildProgress | null;
}

/** What a page shows while a large pack's search index is built: how far it has got. */
export function IndexProgress({ progress }: Props) {
  const { t, tn } = useI18n();
  if (!progress) {
    return (
      <p class="hint" role="status">
        {t('loading')}
      </p>
    );
  }
  const label = tn('indexingProgress', progress.total, progress.done);
  return (
    <div class="index-progress" role="status" data-testid="index-progress">
      <progress max={progress.total} value={progress.done} aria-label={label} />
      <span class="hint">{label}</span>
    </div>
  );
}

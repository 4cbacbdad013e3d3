import { useEffect, useState } from 'preact/hooks';
import { clampRetention, type ManagedSettings, RETENTION_DEFAULT, RETENTION_MAX, RETENTION_MIN, retentionDays } from '../../utils/settings';
import { useI18n } from '../ui/I18nContext';

export function RetentionSetting({ managed }: { managed: ManagedSettings }) {
  const { t } = useI18n();
  const [days, setDays] = useState(RETENTION_DEFAULT);
  useEffect(() => {
    void retentionDays.getValue().then((d) => setDays(clampRetention(d)));
  }, []);
  return (
    <section class="settings-card" aria-labelledby="retention-title">
      <label class="field" id="retention-title">
        <span>{t('optionsRetention')}</span>
        <input
          type="number"
          min={RETENTION_MIN}
          max={RETENTION_MAX}
          value={managed.retentionDays ?? days}
          disabled={managed.retentionDays !== undefined}
          onChange={(e) => {
            const n = clampRetention(Number((e.currentTarget as HTMLInputElement).value) || RETENTION_DEFAULT);
            setDays(n);
            void retentionDays.setValue(n);
          }}
        />
        <small class="hint">{managed.retentionDays !== undefined ? `🔒 ${t('managedLocked')}` : t('optionsRetentionHint')}</small>
      </label>
    </section>
  );
}

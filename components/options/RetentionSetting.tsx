import { useEffect, useState } from 'preact/hooks';
import { type ManagedSettings, retentionDays } from '../../utils/settings';
import { useI18n } from '../ui/I18nContext';

export function RetentionSetting({ managed }: { managed: ManagedSettings }) {
  const { t } = useI18n();
  const [days, setDays] = useState(180);
  useEffect(() => {
    void retentionDays.getValue().then(setDays);
  }, []);
  return (
    <section class="settings-card" aria-labelledby="retention-title">
      <label class="field" id="retention-title">
        <span>{t('optionsRetention')}</span>
        <input
          type="number"
          min={30}
          max={3650}
          value={managed.retentionDays ?? days}
          disabled={managed.retentionDays !== undefined}
          onChange={(e) => {
            const n = Math.min(3650, Math.max(30, Math.round(Number((e.currentTarget as HTMLInputElement).value) || 180)));
            setDays(n);
            void retentionDays.setValue(n);
          }}
        />
        <small class="hint">{managed.retentionDays !== undefined ? `🔒 ${t('managedLocked')}` : t('optionsRetentionHint')}</small>
      </label>
    </section>
  );
}

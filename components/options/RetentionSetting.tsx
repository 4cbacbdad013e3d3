import { useEffect, useState } from 'preact/hooks';
import { clampRetention, type ManagedSettings, RETENTION_DEFAULT, RETENTION_MAX, RETENTION_MIN, retentionDays } from '../../utils/settings';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { NumberInput } from '../ui/inputs';

export function RetentionSetting({ managed }: { managed: ManagedSettings }) {
  const { t } = useI18n();
  const [days, setDays] = useState(RETENTION_DEFAULT);
  useEffect(() => {
    void retentionDays.getValue().then((d) => setDays(clampRetention(d)));
  }, []);
  return (
    <section class="settings-card" aria-labelledby="retention-title">
      <Field
        id="retention-days"
        labelId="retention-title"
        label={t('optionsRetention')}
        hint={managed.retentionDays !== undefined ? `🔒 ${t('managedLocked')}` : t('optionsRetentionHint')}
      >
        {(a) => (
          <NumberInput
            {...a}
            min={RETENTION_MIN}
            max={RETENTION_MAX}
            value={managed.retentionDays ?? days}
            disabled={managed.retentionDays !== undefined}
            onValue={(typed) => {
              const n = clampRetention(typed || RETENTION_DEFAULT);
              setDays(n);
              void retentionDays.setValue(n);
            }}
          />
        )}
      </Field>
    </section>
  );
}

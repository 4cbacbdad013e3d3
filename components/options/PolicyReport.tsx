import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type IgnoredPolicy, readManagedReport } from '../../utils/settings';
import { useI18n } from '../ui/I18nContext';

/** For IT: policy values the browser passed that Murshid ignored, and why (the staff member's own setting applies). */
export function PolicyReport() {
  const { t } = useI18n();
  const [ignored, setIgnored] = useState<IgnoredPolicy[]>([]);
  useEffect(() => {
    const read = () => void readManagedReport().then((r) => setIgnored(r.ignored));
    read();
    const onChange = (_c: unknown, area: string) => {
      if (area === 'managed') read();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  if (ignored.length === 0) return null;
  return (
    <section class="settings-card" aria-labelledby="policy-ignored-title" data-testid="policy-ignored">
      <h2 id="policy-ignored-title">{t('policyIgnoredTitle')}</h2>
      <p class="hint">{t('policyIgnoredHint')}</p>
      <ul>
        {ignored.map((p) => (
          <li key={p.key}>
            <code dir="ltr">{p.key}</code>: <bdi dir="ltr">{p.reason}</bdi>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type IgnoredPolicy, policyReason, readManagedReport } from '../../utils/settings';
import { useI18n } from '../ui/I18nContext';

/** For IT: policy values the browser passed that Murshid ignored, and why (the staff member's own setting applies). */
export function PolicyReport() {
  const { t, tn } = useI18n();
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
          <li key={p.key} data-policy-key={p.key}>
            <code dir="ltr">{p.key}</code>:{' '}
            {p.reasons.map((r) => {
              const known = policyReason(r);
              return (
                <span key={r} data-reason={r}>
                  {known === null ? <bdi dir="ltr">{r}</bdi> : known.count === undefined ? t(known.key) : tn(known.key, known.count)}{' '}
                </span>
              );
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { disableExpansion, enableExpansion, isExpansionEnabled } from '../../utils/expand';
import { useI18n } from '../ui/I18nContext';
import { Checkbox } from '../ui/inputs';

/** Shortcuts: the browser's keyboard commands, and the opt-in `;shortcut` + Tab expander. */
export function ShortcutSettings() {
  const { t } = useI18n();
  const [on, setOn] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => {
    void isExpansionEnabled().then(setOn);
  }, []);
  const toggle = async (want: boolean) => {
    if (want) {
      const ok = await enableExpansion();
      setOn(ok);
      setMessage(ok ? t('expandOn') : t('expandDenied'));
    } else {
      await disableExpansion();
      setOn(false);
      setMessage('');
    }
  };
  return (
    <section class="settings-card" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('optionsShortcut')}</h2>
      <p>{t('optionsShortcutHint')}</p>
      <h3>{t('expandTitle')}</h3>
      <Checkbox checked={on} label={t('expandLabel')} onValue={(want) => void toggle(want)} />
      <p class="hint">{t('expandWhy')}</p>
      {message && (
        <p class="toast" role="status" data-testid="expand-message">
          {message}
        </p>
      )}
    </section>
  );
}

import type { Channel } from '../../utils/knowledge';
import { useI18n } from '../ui/I18nContext';

/** When nothing in this channel matches, says which channels have matching templates and offers to switch. */
export function OtherChannels({ channels, onSwitch }: { channels: Channel[]; onSwitch: (id: string) => void }) {
  const { t, lang } = useI18n();
  return (
    <div class="notice" role="status">
      <p>{t('templatesInOtherChannels')}</p>
      <div class="actions">
        {channels.map((c) => (
          <button key={c.id} type="button" class="secondary" onClick={() => onSwitch(c.id)}>
            {t('switchToChannel', c.label[lang])}
          </button>
        ))}
      </div>
    </div>
  );
}

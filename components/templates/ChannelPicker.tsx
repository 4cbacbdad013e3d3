import type { Channel } from '../../utils/knowledge';
import { useI18n } from '../ui/I18nContext';

export function ChannelPicker({ channels, value, onChange }: { channels: Channel[]; value: string; onChange: (id: string) => void }) {
  const { t, lang } = useI18n();
  return (
    <label class="field compact">
      <span>{t('channelLabel')}</span>
      <select value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {channels.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}

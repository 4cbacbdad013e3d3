import type { Channel } from '../../utils/knowledge';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { Select } from '../ui/inputs';

export function ChannelPicker({ channels, value, onChange }: { channels: Channel[]; value: string; onChange: (id: string) => void }) {
  const { t, lang } = useI18n();
  return (
    <Field id="template-channel" label={t('channelLabel')} class="compact">
      {(a) => <Select {...a} value={value} options={channels.map((c) => [c.id, c.label[lang]] as const)} onValue={onChange} />}
    </Field>
  );
}

import type { MessageKey } from '../../utils/i18n';
import type { Pack } from '../../utils/knowledge';
import { DIRECTIONS, type Direction, type Interaction, PLATFORMS } from '../../utils/log';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { Select, TextInput } from '../ui/inputs';
import type { RecordForm } from './useRecordForm';

type Platform = NonNullable<Interaction['platform']>;

/** Step 1: receive the beneficiary — who, through which channel, about what. */
export function ReceiveStep({ pack, f }: { pack: Pack; f: RecordForm }) {
  const { t, lang } = useI18n();
  const { r } = f;
  return (
    <fieldset>
      <legend>{t('stepReceive')}</legend>
      <Field id={f.id('channel')} label={t('channelLabel')} error={f.error('channel')}>
        {(a) => (
          <Select {...a} value={r.channel} options={pack.channels.map((c) => [c.id, c.label[lang]] as const)} onValue={(channel) => f.set({ channel })} />
        )}
      </Field>
      {r.channel === 'social-media' && (
        <Field id={f.id('platform')} label={t('platformLabel')} error={f.error('platform')}>
          {(a) => (
            <Select<Platform | ''>
              {...a}
              value={r.platform ?? ''}
              empty="—"
              options={PLATFORMS.filter((p) => p !== 'plain').map((p) => [p, t(`platform_${p}` as MessageKey)] as const)}
              onValue={(p) => f.set({ platform: p || undefined })}
            />
          )}
        </Field>
      )}
      <Field id={f.id('direction')} label={t('fDirection')} error={f.error('direction')}>
        {(a) => (
          <Select<Direction>
            {...a}
            value={r.direction}
            options={DIRECTIONS.map((d) => [d, t(`direction_${d}` as MessageKey)] as const)}
            onValue={(direction) => f.set({ direction })}
          />
        )}
      </Field>
      <Field id={f.id('beneficiary.name')} label={t('fName')} error={f.error('beneficiary.name')}>
        {(a) => <TextInput {...a} dir="auto" value={r.beneficiary.name} onValue={(name) => f.setBeneficiary({ name })} />}
      </Field>
      <Field id={f.id('beneficiary.phone')} label={t('fPhone')} error={f.error('beneficiary.phone')}>
        {(a) => <TextInput {...a} dir="ltr" inputMode="tel" value={r.beneficiary.phone ?? ''} onValue={(phone) => f.setBeneficiary({ phone })} />}
      </Field>
      <Field id={f.id('topic')} label={t('fTopic')} error={f.error('topic')}>
        {(a) => <Select {...a} value={r.topic} options={pack.topics.map((c) => [c.id, c.label[lang]] as const)} onValue={(topic) => f.set({ topic })} />}
      </Field>
      <Field id={f.id('request_ref')} label={t('fRef')} error={f.error('request_ref')}>
        {(a) => <TextInput {...a} dir="auto" value={r.request_ref ?? ''} onValue={(request_ref) => f.set({ request_ref })} />}
      </Field>
    </fieldset>
  );
}

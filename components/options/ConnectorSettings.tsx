import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import type { ManagedSettings } from '../../utils/settings';
import { readConnector, saveConnector } from '../../utils/settings/secrets';
import {
  CONNECTOR_KINDS,
  type ConnectorConfig,
  type ConnectorKind,
  connectorDefaults,
  fieldMapText,
  generateSecret,
  SENSITIVE_FIELDS,
  validateConnector,
  withDefaults,
} from '../../utils/sync';
import { DeliveryStatus } from '../log/DeliveryStatus';
import { useDelivery } from '../log/useDelivery';
import { useOutboxEntries } from '../log/useOutboxEntries';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { Checkbox, Select, TextArea, TextInput } from '../ui/inputs';
import { ConnectorMessage } from './ConnectorMessage';
import { CrmFields } from './CrmFields';
import { deliverWaiting, ManagedConnector } from './ManagedConnector';
import { askAccess, type FormMessage, useConnectionTest } from './useConnectionTest';

export function ConnectorSettings({ managed }: { managed: ManagedSettings }) {
  return managed.connector?.endpoint ? <ManagedConnector managed={managed} /> : <ConnectorForm managed={managed} />;
}

/** The connector the association's IT sets here when no policy does: test before or after saving. */
function ConnectorForm({ managed }: { managed: ManagedSettings }) {
  const { t } = useI18n();
  const [cfg, setCfg] = useState<ConnectorConfig>(connectorDefaults('webhook'));
  const [map, setMap] = useState('');
  const [message, setMessage] = useState<FormMessage>(null);
  const test = useConnectionTest(setMessage);
  const delivery = useDelivery(managed, useOutboxEntries());

  useEffect(() => {
    void readConnector().then((saved) => {
      if (!saved) return;
      const full = withDefaults(saved);
      setCfg(full);
      setMap(fieldMapText(full));
    });
  }, []);

  const changeKind = (kind: ConnectorKind) => {
    const next = { ...connectorDefaults(kind), endpoint: cfg.endpoint };
    setCfg(next);
    setMap(fieldMapText(next));
    // A message about the other kind no longer describes this form.
    setMessage(null);
  };

  /** The form as a config, or null after saying what is wrong. */
  const build = (): ConnectorConfig | null => {
    const checked = validateConnector(cfg, map);
    if (checked.ok) return checked.config;
    setMessage({ text: t(checked.problem, checked.detail ?? ''), ok: false });
    return null;
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const next = build();
    if (!next) return;
    // Host access for this one endpoint, asked at the moment it is needed. A receiver that
    // answers CORS works without it, so the connector is saved either way and the state says which.
    const granted = await askAccess(next);
    await saveConnector(next);
    await deliverWaiting();
    setMessage(granted ? { text: t('connectorSaved'), ok: true } : { text: t('accessDeniedWaiting'), ok: false });
  };

  const set = (patch: Partial<ConnectorConfig>) => {
    setCfg((c) => ({ ...c, ...patch }));
  };
  return (
    <form class="settings-card" onSubmit={save} aria-labelledby="connector-title">
      <h2 id="connector-title">{t('optionsConnector')}</h2>
      <p class="hint">{t('optionsConnectorHint')}</p>
      <Field id="connector-kind" label={t('connectorKind')}>
        {(a) => (
          <Select<ConnectorKind>
            {...a}
            value={cfg.kind}
            options={CONNECTOR_KINDS.map((k) => [k, t(`connector_${k}` as MessageKey)] as const)}
            onValue={changeKind}
          />
        )}
      </Field>
      <Field id="connector-endpoint" label={t('endpointLabel')}>
        {(a) => (
          <TextInput
            {...a}
            type="url"
            dir="ltr"
            value={cfg.endpoint}
            placeholder={t(`endpointHint_${cfg.kind}` as MessageKey)}
            onValue={(endpoint) => set({ endpoint })}
          />
        )}
      </Field>
      <Field
        id="connector-secret"
        label={
          cfg.kind === 'webhook' ? (
            <>
              {t('secretLabelName')} (<bdi dir="ltr">whsec_…</bdi>)
            </>
          ) : (
            t(`secretLabel_${cfg.kind}` as MessageKey)
          )
        }
      >
        {(a) => <TextInput {...a} type="password" dir="ltr" autoComplete="off" value={cfg.secret} onValue={(secret) => set({ secret })} />}
      </Field>
      {cfg.kind === 'webhook' && (
        <button type="button" class="link-button" onClick={() => set({ secret: generateSecret() })}>
          {t('generateSecret')}
        </button>
      )}
      <CrmFields
        cfg={cfg}
        onCivi={(p) => setCfg((c) => (c.civicrm ? { ...c, civicrm: { ...c.civicrm, ...p } } : c))}
        onOdoo={(p) => setCfg((c) => (c.odoo ? { ...c, odoo: { ...c.odoo, ...p } } : c))}
      />
      <fieldset class="field">
        <legend>{t('includeSensitive')}</legend>
        {SENSITIVE_FIELDS.map((f) => (
          <Checkbox
            key={f}
            checked={!!cfg.include?.[f]}
            label={t(f === 'national_id' ? 'includeNationalId' : 'includeVerificationNote')}
            onValue={(on) => setCfg((c) => ({ ...c, include: { ...c.include, [f]: on } }))}
          />
        ))}
        <small class="hint">{t('includeSensitiveHint')}</small>
      </fieldset>
      {cfg.kind !== 'webhook' && (
        <Field id="connector-map" label={t('fieldMap')}>
          {(a) => <TextArea {...a} dir="ltr" rows={8} value={map} onValue={setMap} />}
        </Field>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {t('saveConnector')}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={test.testing}
          onClick={() => {
            const next = build();
            if (next) void test.run(next);
          }}
        >
          {test.testing ? t('testing') : t('testConnection')}
        </button>
      </div>
      <ConnectorMessage message={message} />
      <DeliveryStatus state={delivery.state} onRequestAccess={delivery.requestAccess} onRetry={() => void deliverWaiting()} />
    </form>
  );
}

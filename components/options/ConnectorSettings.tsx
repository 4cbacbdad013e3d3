import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MessageKey } from '../../utils/i18n';
import type { ManagedSettings } from '../../utils/settings';
import { readConnector, saveConnector } from '../../utils/settings/secrets';
import {
  type ConnectionCheck,
  type ConnectorConfig,
  type ConnectorKind,
  checkEndpoint,
  DEFAULT_CIVICRM_FIELDS,
  DEFAULT_ODOO_FIELDS,
  generateSecret,
  isValidSecret,
  SENSITIVE_FIELDS,
  testConnection,
} from '../../utils/sync';
import { useI18n } from '../ui/I18nContext';

const KINDS: ConnectorKind[] = ['webhook', 'civicrm', 'odoo'];

const defaults = (kind: ConnectorKind): ConnectorConfig => ({
  kind,
  endpoint: '',
  secret: '',
  ...(kind === 'civicrm' ? { civicrm: { activityType: 'Meeting', uuidField: 'Murshid.UUID', fields: DEFAULT_CIVICRM_FIELDS } } : {}),
  ...(kind === 'odoo' ? { odoo: { api: 'json2' as const, model: 'x_murshid_interaction', uuidField: 'x_murshid_uuid', fields: DEFAULT_ODOO_FIELDS } } : {}),
});

export function ConnectorSettings({ managed }: { managed: ManagedSettings }) {
  const { t } = useI18n();
  const [cfg, setCfg] = useState<ConnectorConfig>(defaults('webhook'));
  const [map, setMap] = useState('');
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [testing, setTesting] = useState(false);

  useEffect(() => {
    void readConnector().then((saved) => {
      if (!saved) return;
      setCfg(saved);
      setMap(JSON.stringify(saved.civicrm?.fields ?? saved.odoo?.fields ?? {}, null, 2));
    });
  }, []);

  const changeKind = (kind: ConnectorKind) => {
    const next = { ...defaults(kind), endpoint: cfg.endpoint };
    setCfg(next);
    setMap(JSON.stringify(next.civicrm?.fields ?? next.odoo?.fields ?? {}, null, 2));
  };

  /** Validates the form into a config, or says what is wrong. */
  const build = (): ConnectorConfig | null => {
    const endpoint = checkEndpoint(cfg.endpoint.trim());
    if (!endpoint.ok) {
      setMessage({ text: t(endpoint.reason === 'https' ? 'endpointHttps' : 'endpointInvalid'), ok: false });
      return null;
    }
    if (cfg.kind === 'webhook' && !isValidSecret(cfg.secret.trim())) {
      setMessage({ text: t('secretInvalid'), ok: false });
      return null;
    }
    let fields: Record<string, string> | undefined;
    if (cfg.kind !== 'webhook') {
      try {
        fields = JSON.parse(map) as Record<string, string>;
      } catch {
        setMessage({ text: t('mapInvalid'), ok: false });
        return null;
      }
    }
    return {
      ...cfg,
      endpoint: cfg.endpoint.trim(),
      secret: cfg.secret.trim(),
      ...(cfg.civicrm && fields ? { civicrm: { ...cfg.civicrm, fields } } : {}),
      ...(cfg.odoo && fields ? { odoo: { ...cfg.odoo, fields } } : {}),
    };
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const next = build();
    if (!next) return;
    // Host access for this one endpoint, asked at the moment it is needed.
    const origin = checkEndpoint(next.endpoint);
    const granted = origin.ok ? await browser.permissions.request({ origins: [`${origin.origin}/*`] }).catch(() => false) : false;
    if (!granted) {
      setMessage({ text: t('permissionDenied'), ok: false });
      return;
    }
    await saveConnector(next);
    void browser.runtime.sendMessage({ type: 'murshid:log-changed' }).catch(() => {});
    setMessage({ text: t('connectorSaved'), ok: true });
  };

  const test = async () => {
    const next = build();
    if (!next) return;
    setTesting(true);
    const result: ConnectionCheck = await testConnection(next, { fetch: (u, i) => fetch(u, i), now: () => new Date(), timeoutMs: 10_000 });
    setTesting(false);
    setMessage(result.ok ? { text: t('conn_ok'), ok: true } : { text: t(`conn_${result.reason}` as MessageKey, result.detail), ok: false });
  };

  const set = (patch: Partial<ConnectorConfig>) => setCfg((c) => ({ ...c, ...patch }));
  const setCivi = (patch: Partial<NonNullable<ConnectorConfig['civicrm']>>) => setCfg((c) => (c.civicrm ? { ...c, civicrm: { ...c.civicrm, ...patch } } : c));
  const setOdoo = (patch: Partial<NonNullable<ConnectorConfig['odoo']>>) => setCfg((c) => (c.odoo ? { ...c, odoo: { ...c.odoo, ...patch } } : c));
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  if (managed.connector?.endpoint) {
    return (
      <section class="settings-card" aria-labelledby="connector-title">
        <h2 id="connector-title">{t('optionsConnector')}</h2>
        <p>
          {t(`connector_${managed.connector.kind ?? 'webhook'}` as MessageKey)} — <bdi dir="ltr">{managed.connector.endpoint}</bdi>
        </p>
        <p class="hint">🔒 {t('managedLocked')}</p>
      </section>
    );
  }
  return (
    <form class="settings-card" onSubmit={save} aria-labelledby="connector-title">
      <h2 id="connector-title">{t('optionsConnector')}</h2>
      <p class="hint">{t('optionsConnectorHint')}</p>
      <label class="field">
        <span>{t('connectorKind')}</span>
        <select value={cfg.kind} onChange={(e) => changeKind((e.currentTarget as HTMLSelectElement).value as ConnectorKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`connector_${k}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('endpointLabel')}</span>
        <input
          type="url"
          dir="ltr"
          value={cfg.endpoint}
          placeholder={t(`endpointHint_${cfg.kind}` as MessageKey)}
          onInput={(e) => set({ endpoint: (e.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <label class="field">
        <span>{t(`secretLabel_${cfg.kind}` as MessageKey)}</span>
        <input type="password" dir="ltr" autoComplete="off" value={cfg.secret} onInput={(e) => set({ secret: (e.currentTarget as HTMLInputElement).value })} />
      </label>
      {cfg.kind === 'webhook' && (
        <button type="button" class="link-button" onClick={() => set({ secret: generateSecret() })}>
          {t('generateSecret')}
        </button>
      )}
      {cfg.kind === 'civicrm' && cfg.civicrm && (
        <div class="row">
          <label class="field compact">
            <span>{t('civiActivityType')}</span>
            <input dir="ltr" value={cfg.civicrm.activityType} onInput={(e) => setCivi({ activityType: value(e) })} />
          </label>
          <label class="field compact">
            <span>{t('uuidField')}</span>
            <input dir="ltr" value={cfg.civicrm.uuidField} onInput={(e) => setCivi({ uuidField: value(e) })} />
          </label>
        </div>
      )}
      {cfg.kind === 'odoo' && cfg.odoo && (
        <div class="row">
          <label class="field compact">
            <span>{t('odooApi')}</span>
            <select value={cfg.odoo.api} onChange={(e) => setOdoo({ api: value(e) as 'json2' | 'jsonrpc' })}>
              <option value="json2">JSON-2 (/json/2)</option>
              <option value="jsonrpc">JSON-RPC (/jsonrpc)</option>
            </select>
          </label>
          <label class="field compact">
            <span>{t('odooModel')}</span>
            <input dir="ltr" value={cfg.odoo.model} onInput={(e) => setOdoo({ model: value(e) })} />
          </label>
          <label class="field compact">
            <span>{t('odooDatabase')}</span>
            <input dir="ltr" value={cfg.odoo.database ?? ''} onInput={(e) => setOdoo({ database: value(e) || undefined })} />
          </label>
          <label class="field compact">
            <span>{t('odooUid')}</span>
            <input dir="ltr" inputMode="numeric" value={cfg.odoo.uid ?? ''} onInput={(e) => setOdoo({ uid: Number(value(e)) || undefined })} />
          </label>
        </div>
      )}
      <fieldset class="field">
        <legend>{t('includeSensitive')}</legend>
        {SENSITIVE_FIELDS.map((f) => (
          <label class="check" key={f}>
            <input
              type="checkbox"
              checked={!!cfg.include?.[f]}
              onChange={(e) => set({ include: { ...cfg.include, [f]: (e.currentTarget as HTMLInputElement).checked } })}
            />
            {t(f === 'national_id' ? 'includeNationalId' : 'includeVerificationNote')}
          </label>
        ))}
        <small class="hint">{t('includeSensitiveHint')}</small>
      </fieldset>
      {cfg.kind !== 'webhook' && (
        <label class="field">
          <span>{t('fieldMap')}</span>
          <textarea dir="ltr" rows={8} value={map} onInput={(e) => setMap((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {t('saveConnector')}
        </button>
        <button type="button" class="secondary" disabled={testing} onClick={test}>
          {testing ? t('testing') : t('testConnection')}
        </button>
      </div>
      {message && (
        <p class={message.ok ? 'toast' : 'field-error'} role={message.ok ? 'status' : 'alert'} data-testid="connector-message">
          {message.text}
        </p>
      )}
    </form>
  );
}

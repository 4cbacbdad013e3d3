import type { ConnectorConfig } from '../../utils/sync';
import { useI18n } from '../ui/I18nContext';

type Civi = NonNullable<ConnectorConfig['civicrm']>;
type Odoo = NonNullable<ConnectorConfig['odoo']>;

const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

/** CiviCRM's activity type and UUID field, or Odoo's API, model, UUID field, database and user. */
export function CrmFields({ cfg, onCivi, onOdoo }: { cfg: ConnectorConfig; onCivi: (p: Partial<Civi>) => void; onOdoo: (p: Partial<Odoo>) => void }) {
  const { t } = useI18n();
  if (cfg.kind === 'civicrm' && cfg.civicrm)
    return (
      <div class="row">
        <label class="field compact">
          <span>{t('civiActivityType')}</span>
          <input dir="ltr" value={cfg.civicrm.activityType} onInput={(e) => onCivi({ activityType: value(e) })} />
        </label>
        <label class="field compact">
          <span>{t('uuidField')}</span>
          <input dir="ltr" value={cfg.civicrm.uuidField} onInput={(e) => onCivi({ uuidField: value(e) })} />
        </label>
      </div>
    );
  if (cfg.kind === 'odoo' && cfg.odoo)
    return (
      <div class="row">
        <label class="field compact">
          <span>{t('odooApi')}</span>
          <select value={cfg.odoo.api} onChange={(e) => onOdoo({ api: value(e) as Odoo['api'] })}>
            <option value="json2">JSON-2 (/json/2)</option>
            <option value="jsonrpc">JSON-RPC (/jsonrpc)</option>
          </select>
        </label>
        <label class="field compact">
          <span>{t('odooModel')}</span>
          <input dir="ltr" value={cfg.odoo.model} onInput={(e) => onOdoo({ model: value(e) })} />
        </label>
        <label class="field compact">
          <span>{t('uuidField')}</span>
          <input dir="ltr" value={cfg.odoo.uuidField} onInput={(e) => onOdoo({ uuidField: value(e) })} />
        </label>
        <label class="field compact">
          <span>{t('odooDatabase')}</span>
          <input dir="ltr" value={cfg.odoo.database ?? ''} onInput={(e) => onOdoo({ database: value(e) || undefined })} />
        </label>
        <label class="field compact">
          <span>{t('odooUid')}</span>
          <input dir="ltr" inputMode="numeric" value={cfg.odoo.uid ?? ''} onInput={(e) => onOdoo({ uid: Number(value(e)) || undefined })} />
        </label>
      </div>
    );
  return null;
}

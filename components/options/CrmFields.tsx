import type { ConnectorConfig } from '../../utils/sync';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { Select, TextInput } from '../ui/inputs';

type Civi = NonNullable<ConnectorConfig['civicrm']>;
type Odoo = NonNullable<ConnectorConfig['odoo']>;

const ODOO_APIS: readonly (readonly [Odoo['api'], string])[] = [
  ['json2', 'JSON-2 (/json/2)'],
  ['jsonrpc', 'JSON-RPC (/jsonrpc)'],
];

/** One short Latin-script setting of the CRM (a field or model name). */
function CrmText({ id, label, value, onValue, numeric }: { id: string; label: string; value: string; onValue: (v: string) => void; numeric?: boolean }) {
  return (
    <Field id={id} label={label} class="compact">
      {(a) => <TextInput {...a} dir="ltr" inputMode={numeric ? 'numeric' : undefined} value={value} onValue={onValue} />}
    </Field>
  );
}

/** CiviCRM's activity type and UUID field, or Odoo's API, model, UUID field, database and user. */
export function CrmFields({ cfg, onCivi, onOdoo }: { cfg: ConnectorConfig; onCivi: (p: Partial<Civi>) => void; onOdoo: (p: Partial<Odoo>) => void }) {
  const { t } = useI18n();
  if (cfg.kind === 'civicrm' && cfg.civicrm)
    return (
      <div class="row">
        <CrmText id="civi-activity-type" label={t('civiActivityType')} value={cfg.civicrm.activityType} onValue={(activityType) => onCivi({ activityType })} />
        <CrmText id="civi-uuid-field" label={t('uuidField')} value={cfg.civicrm.uuidField} onValue={(uuidField) => onCivi({ uuidField })} />
      </div>
    );
  const o = cfg.odoo;
  if (cfg.kind === 'odoo' && o)
    return (
      <div class="row">
        <Field id="odoo-api" label={t('odooApi')} class="compact">
          {(a) => <Select<Odoo['api']> {...a} value={o.api} options={ODOO_APIS} onValue={(api) => onOdoo({ api })} />}
        </Field>
        <CrmText id="odoo-model" label={t('odooModel')} value={o.model} onValue={(model) => onOdoo({ model })} />
        <CrmText id="odoo-uuid-field" label={t('uuidField')} value={o.uuidField} onValue={(uuidField) => onOdoo({ uuidField })} />
        <CrmText id="odoo-database" label={t('odooDatabase')} value={o.database ?? ''} onValue={(v) => onOdoo({ database: v || undefined })} />
        <CrmText id="odoo-uid" label={t('odooUid')} numeric value={String(o.uid ?? '')} onValue={(v) => onOdoo({ uid: Number(v) || undefined })} />
      </div>
    );
  return null;
}

export {
  type Connector,
  type ConnectorConfig,
  type ConnectorKind,
  createConnector,
  DEFAULT_CIVICRM_ACK_TYPE,
  DEFAULT_CIVICRM_FIELDS,
  DEFAULT_ODOO_ACK_MODEL,
  DEFAULT_ODOO_FIELDS,
  type DeliveryContext,
  mapRecord,
} from './connectors';
export { checkEndpoint } from './endpoint';
export { type Attempt, acknowledgement, classify, type Fetch, isAppsScript, MAX_RESPONSE_BYTES, parseRetryAfter, readLimited, send } from './http';
export { backoffDelay, type DrainOptions, type DrainReport, drainOutbox, outboxCounts, retryNow } from './outbox';
export { type PayloadOptions, SENSITIVE_FIELDS, type SensitiveField, withoutSensitive } from './redact';
export { type ConnectionCheck, testConnection } from './test-connection';
export { generateSecret, isValidSecret, MAX_BATCH, sign, verify, webhookBody, webhookHeaders } from './webhook';

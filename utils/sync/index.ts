export {
  CONNECTOR_KINDS,
  type ConnectorCheck,
  type ConnectorProblem,
  connectorDefaults,
  fieldMapText,
  parseFieldMap,
  validateConnector,
  withDefaults,
} from './connector-form';
export {
  type Connector,
  type ConnectorConfig,
  type ConnectorKind,
  civicrmAnswer,
  createConnector,
  DEFAULT_CIVICRM,
  DEFAULT_CIVICRM_ACK_TYPE,
  DEFAULT_CIVICRM_FIELDS,
  DEFAULT_ODOO,
  DEFAULT_ODOO_ACK_MODEL,
  DEFAULT_ODOO_FIELDS,
  type DeliveryContext,
  mapRecord,
  unexpectedAnswer,
} from './connectors';
export {
  type DeliveryInput,
  type DeliveryProblem,
  type DeliveryState,
  deliveryProblem,
  deliveryState,
  endpointOrigin,
  type HostAccess,
  type HostAccessInput,
  hostAccessState,
  summarizeOutbox,
} from './delivery-state';
export { checkEndpoint } from './endpoint';
export {
  type Attempt,
  acknowledgement,
  answerLimit,
  classify,
  type Fetch,
  isAppsScript,
  MAX_ECHO_BYTES,
  MAX_RESPONSE_BYTES,
  parseRetryAfter,
  readLimited,
  requestTimeout,
  send,
} from './http';
export { backoffDelay, type DrainOptions, type DrainReport, drainOutbox, outboxCounts, retryNow } from './outbox';
export { type PayloadOptions, SENSITIVE_FIELDS, type SensitiveField, withoutSensitive } from './redact';
export { type ConnectionCheck, type ConnectionProblem, testConnection } from './test-connection';
export { generateSecret, isValidSecret, MAX_BATCH, sign, verify, webhookBody, webhookHeaders } from './webhook';

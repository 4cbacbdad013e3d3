import { openDB } from 'idb';
import type { ConnectorConfig } from '../sync';
import { connectorSettings } from './index';

/**
 * The connector's secret (webhook `whsec_`, CRM API key) lives in the extension origin's
 * IndexedDB, not in storage.local: content scripts can call storage.local (Chrome lets us shut
 * that with setAccessLevel, Firefox does not), but no content script can open the extension's
 * IndexedDB in either browser. storage.local keeps the rest of the connector, with an empty secret.
 */
const DB = 'murshid-secrets';
const STORE = 'secrets';
const open = () => openDB(DB, 1, { upgrade: (db) => void db.createObjectStore(STORE) });

async function getSecret(name: string): Promise<string> {
  const db = await open();
  try {
    return ((await db.get(STORE, name)) as string | undefined) ?? '';
  } finally {
    db.close();
  }
}

async function setSecret(name: string, value: string): Promise<void> {
  const db = await open();
  try {
    await db.put(STORE, value, name);
  } finally {
    db.close();
  }
}

/** The staff member's connector with its secret, or null. */
export async function readConnector(): Promise<ConnectorConfig | null> {
  const stored = await connectorSettings.getValue();
  if (!stored) return null;
  return { ...stored, secret: stored.secret || (await getSecret('connector')) };
}

export async function saveConnector(cfg: ConnectorConfig): Promise<void> {
  await setSecret('connector', cfg.secret);
  await connectorSettings.setValue({ ...cfg, secret: '' });
}

/** Moves a secret an earlier version kept in storage.local into IndexedDB (run at start). */
export async function moveSecretOutOfStorage(): Promise<void> {
  const stored = await connectorSettings.getValue();
  if (stored?.secret) await saveConnector(stored);
}

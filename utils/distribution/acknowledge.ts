/** A staff member's "I have read the changes", recorded and queued like an interaction (browser only). */
import { browser } from 'wxt/browser';
import { snapshotOf } from '../knowledge/changes';
import type { Pack } from '../knowledge/types';
import { type Acknowledgement, openLogDb, saveAcknowledgement } from '../log';
import { readManaged, staffProfile } from '../settings';
import { sha256Hex } from './sign';
import { packOrigin } from './state';

/**
 * Stores the acknowledgement of the pack in use (`key` as the panel knows it) and asks the
 * background to deliver it. The SHA-256 is the published file's when the pack was followed (what
 * the association signed), else that of the sections read.
 */
export async function recordAcknowledgement(key: string, pack: Pack, now = new Date()): Promise<Acknowledgement> {
  const [origin, profile, managed] = await Promise.all([packOrigin.getValue(), staffProfile.getValue(), readManaged()]);
  const sha256 = origin?.stamp === key ? origin.sha256 : await sha256Hex(new TextEncoder().encode(JSON.stringify(snapshotOf(pack))));
  const branch = managed.branch ?? profile.branch;
  const ack: Acknowledgement = {
    id: crypto.randomUUID(),
    type: 'pack_acknowledged',
    pack_id: pack.id,
    version: pack.version,
    sha256,
    staff: { name: profile.name, ...(branch ? { branch } : {}) },
    acknowledged_at: now.toISOString(),
  };
  const db = await openLogDb();
  try {
    await saveAcknowledgement(db, ack, now);
  } finally {
    db.close();
  }
  void browser.runtime.sendMessage({ type: 'murshid:log-changed' }).catch(() => {});
  return ack;
}

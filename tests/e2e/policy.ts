import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where Chromium on Linux reads mandatory policies (CHROMIUM_POLICY_DIR overrides, e.g. for Google Chrome). */
export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

/**
 * Writes a real Chrome policy for one extension (`3rdparty.extensions.<id>` → its managed storage)
 * under a unique file name, so other runs' policies are left alone; `remove` deletes it (call it in a finally).
 */
export function writeExtensionPolicy(extensionId: string, values: Record<string, unknown>): { file: string; remove: () => void } {
  mkdirSync(POLICY_DIR, { recursive: true });
  const file = join(POLICY_DIR, `murshid-e2e-${extensionId}-${process.pid}-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } }));
  return { file, remove: () => rmSync(file, { force: true }) };
}

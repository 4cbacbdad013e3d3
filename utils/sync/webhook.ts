/**
 * The one place that knows the webhook format: `POST {"interactions":[…]}` (≤ 50 records, acknowledgements
 * included), signed per
 * the Standard Webhooks spec — `webhook-id` (stable across retries of one request),
 * `webhook-timestamp` (seconds), `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`
 * with the secret `whsec_<base64>`.
 */
import type { Acknowledgement, Interaction } from '../log';

export const MAX_BATCH = 50;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

export function isValidSecret(secret: string): boolean {
  if (!secret.startsWith('whsec_')) return false;
  try {
    return fromBase64(secret.slice(6)).length >= 16;
  } catch {
    return false;
  }
}

/** A new random secret for the association's IT to give both sides. */
export function generateSecret(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  return `whsec_${toBase64(random(32))}`;
}

export async function sign(secret: string, id: string, timestamp: number, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', fromBase64(secret.replace(/^whsec_/, '')), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${body}`));
  return `v1,${toBase64(new Uint8Array(mac))}`;
}

/** Checks a `webhook-signature` header (which may hold several space-separated signatures). */
export async function verify(secret: string, id: string, timestamp: number, body: string, header: string): Promise<boolean> {
  const expected = await sign(secret, id, timestamp, body);
  return header.split(' ').some((s) => s === expected);
}

/**
 * `{"interactions":[…]}`; acknowledgements of pack changes ride in the same batch as
 * `"acknowledgements":[…]` (only when there are some, so receivers that read only
 * `interactions` are unaffected; a batch of acknowledgements alone carries `"interactions":[]`).
 */
export function webhookBody(records: Interaction[], acknowledgements: Acknowledgement[] = []): string {
  return JSON.stringify(acknowledgements.length ? { interactions: records, acknowledgements } : { interactions: records });
}

export async function webhookHeaders(secret: string, id: string, body: string, now: Date): Promise<Record<string, string>> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': await sign(secret, id, timestamp, body),
  };
}

/**
 * Ed25519 signing of published packs with WebCrypto only (Node 20's globalThis.crypto.subtle,
 * Chromium ≥ 137, Firefox ≥ 129): the same code signs in the CLI and the options page and
 * verifies in the service worker.
 *
 * Key files: the private key is PKCS#8 in PEM ("-----BEGIN PRIVATE KEY-----", what
 * `openssl genpkey -algorithm ed25519` writes too); the public key is the raw 32 bytes in base64
 * on one line. A signature is the raw 64 bytes in base64 on one line (`pack.json.sig`).
 */

const ALGORITHM = { name: 'Ed25519' } as const;
const PEM_LABEL = 'PRIVATE KEY';

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Base64 (standard or URL-safe, padding optional) → bytes; null when it is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  const clean = text.trim().replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
  try {
    return Uint8Array.from(atob(clean.padEnd(Math.ceil(clean.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer(bytes)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface KeyPairFiles {
  /** PKCS#8 PEM: what `pack-signing.key` holds. */
  privatePem: string;
  /** Raw 32 bytes in base64: what `pack-signing.pub` holds and what staff browsers are given. */
  publicKey: string;
}

function pem(der: Uint8Array): string {
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${PEM_LABEL}-----\n${lines.join('\n')}\n-----END ${PEM_LABEL}-----\n`;
}

export async function generateKeyPair(): Promise<KeyPairFiles> {
  const pair = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  const [pkcs8, raw] = await Promise.all([crypto.subtle.exportKey('pkcs8', pair.privateKey), crypto.subtle.exportKey('raw', pair.publicKey)]);
  return { privatePem: pem(new Uint8Array(pkcs8)), publicKey: toBase64(new Uint8Array(raw)) };
}

/** Reads a private key file (PKCS#8 PEM); throws a plain message when it is not one. */
export async function importPrivateKey(text: string): Promise<CryptoKey> {
  const match = new RegExp(`-----BEGIN ${PEM_LABEL}-----([\\s\\S]*?)-----END ${PEM_LABEL}-----`).exec(text);
  const der = match ? fromBase64((match[1] ?? '').replace(/\s+/g, '')) : null;
  if (!der) throw new Error('not an Ed25519 private key file (PKCS#8 PEM, "-----BEGIN PRIVATE KEY-----")');
  try {
    return await crypto.subtle.importKey('pkcs8', buffer(der), ALGORITHM, true, ['sign']);
  } catch {
    throw new Error('not an Ed25519 private key file (PKCS#8 PEM, "-----BEGIN PRIVATE KEY-----")');
  }
}

/** The public half of a private key, as base64 raw bytes (to tell the admin which key signed). */
export async function publicKeyOf(privateKey: CryptoKey): Promise<string> {
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  if (!jwk.x) throw new Error('the key has no public part');
  return toBase64(fromBase64(jwk.x) ?? new Uint8Array());
}

/**
 * The public keys a browser accepts: one base64 key, or several separated by spaces or commas
 * (during a key rotation both the old and the new key are accepted). Invalid entries are dropped.
 */
export function parsePublicKeys(text: string): Uint8Array[] {
  return text
    .split(/[\s,]+/)
    .map((k) => fromBase64(k))
    .filter((k): k is Uint8Array => !!k && k.length === 32);
}

export async function signBytes(privateKey: CryptoKey, bytes: Uint8Array): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.sign(ALGORITHM, privateKey, buffer(bytes))));
}

/** The signature in a `.sig` file: base64 text (as written here) or the raw 64 bytes. */
export function readSignature(sig: Uint8Array): Uint8Array | null {
  if (sig.length === 64) return sig;
  const decoded = fromBase64(new TextDecoder().decode(sig));
  return decoded && decoded.length === 64 ? decoded : null;
}

/** True when any of the public keys signed these exact bytes. */
export async function verifyBytes(publicKeys: Uint8Array[], bytes: Uint8Array, signature: Uint8Array): Promise<boolean> {
  for (const raw of publicKeys) {
    try {
      const key = await crypto.subtle.importKey('raw', buffer(raw), ALGORITHM, false, ['verify']);
      if (await crypto.subtle.verify(ALGORITHM, key, buffer(signature), buffer(bytes))) return true;
    } catch {
      // A key the browser cannot read is simply not the one that signed.
    }
  }
  return false;
}

/** The knowledge CLI's keygen, publish and verify commands (thin: the work is in utils/distribution). */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateKeyPair, importPrivateKey, parsePublicKeys, publicKeyOf, publishPack, verifyPublished } from '../../utils/distribution';
import { formatError } from '../../utils/knowledge';
import { loadPackDir, readPackFiles } from './pack-files';

interface Options {
  json?: boolean;
  out?: string;
  key?: string;
  'public-key'?: string;
}

function fail(json: boolean | undefined, error: string, code = 1): number {
  console.error(error);
  if (json) console.log(JSON.stringify({ ok: false, error }));
  return code;
}

export async function keygen(o: Options): Promise<number> {
  if (!o.out) return fail(o.json, 'usage: npm run knowledge -- keygen --out DIR [--json]', 2);
  const keyFile = join(o.out, 'pack-signing.key');
  if (existsSync(keyFile)) return fail(o.json, `${keyFile} already exists: a signing key is never overwritten (move it away first)`);
  const pair = await generateKeyPair();
  mkdirSync(o.out, { recursive: true });
  writeFileSync(keyFile, pair.privatePem, { mode: 0o600 });
  chmodSync(keyFile, 0o600);
  writeFileSync(join(o.out, 'pack-signing.pub'), `${pair.publicKey}\n`);
  if (o.json) console.log(JSON.stringify({ public_key: pair.publicKey }));
  else {
    console.log(`private key: ${resolve(keyFile)} (keep it on this machine; anyone holding it can publish packs staff will trust)`);
    console.log(`public key (give it to staff browsers as packPublicKey): ${pair.publicKey}`);
  }
  return 0;
}

export async function publish(dir: string, o: Options): Promise<number> {
  if (!o.out || !o.key) return fail(o.json, 'usage: npm run knowledge -- publish [DIR] --out OUT --key FILE [--json]', 2);
  const { pack, errors } = loadPackDir(dir);
  if (!pack) {
    for (const e of errors) console.error(formatError(e));
    return fail(o.json, `${dir}: ${errors.length} error(s); nothing was published.`);
  }
  let privateKey: CryptoKey;
  try {
    privateKey = await importPrivateKey(readFileSync(o.key, 'utf8'));
  } catch (e) {
    return fail(o.json, `${o.key}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const { bytes, signature, sha256 } = await publishPack(readPackFiles(dir), pack, privateKey);
  mkdirSync(o.out, { recursive: true });
  const file = join(o.out, 'pack.json');
  writeFileSync(file, bytes);
  writeFileSync(`${file}.sig`, `${signature}\n`);
  const summary = {
    file,
    sha256,
    version: pack.version,
    documents: pack.documents.length,
    sections: pack.documents.reduce((n, d) => n + d.sections.length, 0),
    templates: pack.templates.length,
  };
  if (o.json) console.log(JSON.stringify(summary));
  else {
    console.log(`published "${pack.id}" ${pack.version}: ${file} (${bytes.length} bytes, sha256 ${sha256}) and ${file}.sig`);
    console.log(`signed with the key whose public half is ${await publicKeyOf(privateKey)}`);
  }
  return 0;
}

export async function verify(file: string | undefined, o: Options): Promise<number> {
  if (!file || !o['public-key']) return fail(o.json, 'usage: npm run knowledge -- verify FILE --public-key B64 [--json]', 2);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return fail(o.json, `${file}: cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
  const sigFile = `${file}.sig`;
  const signature = existsSync(sigFile) ? readFileSync(sigFile) : null;
  const r = await verifyPublished(bytes, signature, parsePublicKeys(o['public-key']));
  if (!r.ok) {
    for (const e of r.errors ?? []) console.error(formatError(e));
    return fail(o.json, r.error);
  }
  const summary = {
    ok: true,
    file,
    sha256: r.sha256,
    id: r.pack.id,
    version: r.pack.version,
    published_at: r.meta.published_at,
    documents: r.pack.documents.length,
    sections: r.sections,
    templates: r.pack.templates.length,
  };
  console.log(o.json ? JSON.stringify(summary) : `${file}: genuine, "${r.pack.id}" ${r.pack.version} published ${r.meta.published_at} (sha256 ${r.sha256})`);
  return 0;
}

import { useState } from 'preact/hooks';
import { importPrivateKey, publicKeyOf, publishPack } from '../../utils/distribution';
import { loadPack } from '../../utils/knowledge';
import { activePackFiles } from '../../utils/pack/active';
import { downloadFile } from '../ui/download';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { FileInput } from '../ui/inputs';

/**
 * Exports the pack in use as `pack.json` + `pack.json.sig`, signed with a private key file the
 * admin picks (read for this export only, never stored): publishing without a terminal.
 */
export function PackPublish() {
  const { t, tn } = useI18n();
  const [keyFile, setKeyFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);

  const run = async (e: Event) => {
    e.preventDefault();
    if (!keyFile) return;
    setBusy(true);
    setMessage(null);
    try {
      let key: CryptoKey;
      try {
        key = await importPrivateKey(await keyFile.text());
      } catch {
        setMessage({ text: t('packKeyFileInvalid'), ok: false });
        return;
      }
      const files = await activePackFiles();
      const { pack, errors } = loadPack(files);
      if (!pack) {
        setMessage({ text: tn('importRefused', errors.length), ok: false });
        return;
      }
      const { bytes, signature } = await publishPack(files, pack, key);
      downloadFile('pack.json', bytes as Uint8Array<ArrayBuffer>, 'application/json');
      downloadFile('pack.json.sig', `${signature}\n`, 'text/plain');
      setMessage({ text: t('packPublished', pack.version, await publicKeyOf(key)), ok: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="settings-card" onSubmit={run} aria-labelledby="publish-title">
      <h2 id="publish-title">{t('packPublishTitle')}</h2>
      <p class="hint">{t('packPublishHint')}</p>
      <Field id="publish-key-file" label={t('packKeyFile')}>
        {(a) => <FileInput {...a} accept=".key,.pem,text/plain" onFiles={(files) => setKeyFile(files[0] ?? null)} />}
      </Field>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy || !keyFile}>
          {t('packPublishButton')}
        </button>
      </div>
      {message && (
        <p class={message.ok ? 'toast' : 'field-error'} role="status" data-testid="publish-message">
          <bdi>{message.text}</bdi>
        </p>
      )}
    </form>
  );
}

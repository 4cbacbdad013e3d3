import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatMoment } from '../../utils/dates';
import { parsePublicKeys } from '../../utils/distribution';
import { type CheckOutcome, hasHostAccess, originPattern, setOwnSource } from '../../utils/distribution/follow';
import { EMPTY_FOLLOW, type FollowState, followState, type OwnSource, ownPackSource, type PackOrigin, packOrigin } from '../../utils/distribution/state';
import { followView } from '../../utils/distribution/status';
import type { MessageKey } from '../../utils/i18n';
import { resetImportedPack } from '../../utils/pack/active';
import type { ManagedSettings } from '../../utils/settings';
import { useActivePack } from '../knowledge/useActivePack';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { TextInput } from '../ui/inputs';
import { useStored } from '../ui/useStored';

const checkNow = (): Promise<CheckOutcome | undefined> => browser.runtime.sendMessage({ type: 'murshid:pack-check' }).catch(() => undefined);

/** Asks for the pack host's access; must run inside the click that triggered it (no await before). */
function requestAccess(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  return pattern ? browser.permissions.request({ origins: [pattern] }).catch(() => false) : Promise.resolve(false);
}

/** Following the association's published pack: the source (or the policy's, locked), its state, check now. */
export function PackFollow({ managed }: { managed: ManagedSettings }) {
  const { t, lang, digits } = useI18n();
  const active = useActivePack();
  const [own] = useStored<OwnSource | null>(ownPackSource, null);
  const [state] = useStored<FollowState>(followState, EMPTY_FOLLOW);
  const [origin] = useStored<PackOrigin | null>(packOrigin, null);
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [access, setAccess] = useState(true);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [checking, setChecking] = useState(false);
  const locked = !!(managed.packUrl && managed.packPublicKey);
  const source = locked ? { url: managed.packUrl as string, publicKey: managed.packPublicKey as string } : own;

  useEffect(() => {
    setUrl(own?.url ?? '');
    setKey(own?.publicKey ?? '');
  }, [own]);
  useEffect(() => {
    if (source?.url) void hasHostAccess(source.url).then(setAccess);
  }, [source?.url, state.lastCheckAt]);

  const moment = (iso: string | null) => (iso ? formatMoment(iso, lang, digits) : t('packNever'));
  const view = followView({ hasSource: !!source, origin, activeStamp: active?.stamp ?? null, state, hasAccess: access });

  const runCheck = async () => {
    setChecking(true);
    const outcome = await checkNow();
    setChecking(false);
    if (!outcome) return;
    if (outcome.kind === 'refused') setMessage({ text: t(`packError_${outcome.code}` as MessageKey, outcome.detail), ok: false });
    else setMessage({ text: t(`packCheck_${outcome.kind}` as MessageKey, outcome.kind === 'none' ? '' : (outcome.version ?? '')), ok: true });
  };

  const save = (e: Event) => {
    e.preventDefault();
    const next = { url: url.trim(), publicKey: key.trim() };
    let ok = false;
    try {
      const u = new URL(next.url);
      ok = u.protocol === 'https:' || (u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost'));
    } catch {
      ok = false;
    }
    if (!ok) return setMessage({ text: t('packUrlInvalid'), ok: false });
    if (parsePublicKeys(next.publicKey).length === 0) return setMessage({ text: t('packKeyInvalid'), ok: false });
    // Host access for the pack's origin, asked now (a user gesture), before anything is awaited.
    void requestAccess(next.url).then(async (granted) => {
      if (!granted) return setMessage({ text: t('packPermissionDenied'), ok: false });
      await setOwnSource(next);
      setMessage({ text: t('packFollowSaved'), ok: true });
      await runCheck();
    });
  };

  const stop = async () => {
    await setOwnSource(null);
    setMessage(null);
  };

  /** Back from a local import to the followed pack: the import is set aside and the source fetched afresh. */
  const useFollowed = async () => {
    await resetImportedPack();
    await packOrigin.setValue(null);
    await runCheck();
  };

  const grant = () =>
    void (source ? requestAccess(source.url) : Promise.resolve(false)).then((granted) => {
      setAccess(granted);
      if (granted) void runCheck();
    });

  return (
    <section class="settings-card" aria-labelledby="follow-title">
      <h2 id="follow-title">{t('packFollowTitle')}</h2>
      <p class="hint">{t('packFollowHint')}</p>
      {locked ? (
        <>
          <p>
            <bdi dir="ltr">{managed.packUrl}</bdi>
          </p>
          <p class="hint">🔒 {t('managedLocked')}</p>
        </>
      ) : (
        <form onSubmit={save}>
          <Field id="pack-url" label={t('packUrlLabel')}>
            {(a) => <TextInput {...a} type="url" dir="ltr" value={url} placeholder="https://…/pack.json" onValue={setUrl} />}
          </Field>
          <Field id="pack-key" label={t('packKeyLabel')}>
            {(a) => <TextInput {...a} dir="ltr" autoComplete="off" spellcheck={false} value={key} onValue={setKey} />}
          </Field>
          <div class="actions wrap">
            <button type="submit" class="primary">
              {t('packFollowSave')}
            </button>
            {own && (
              <button type="button" class="secondary" onClick={() => void stop()}>
                {t('packFollowStop')}
              </button>
            )}
          </div>
        </form>
      )}
      {view.needsAccess && source && (
        <div class="banner" role="alert" data-testid="follow-access">
          <span>{t('packNeedsAccess', originPattern(source.url)?.replace('/*', '') ?? source.url)}</span>
          <button type="button" class="link-button" onClick={grant}>
            {t('packGrantAccess')}
          </button>
        </div>
      )}
      <div data-testid="follow-status" aria-live="polite">
        <p>
          <strong>{t(`packActive_${view.reason}` as MessageKey, active?.pack?.version ?? '')}</strong>
        </p>
        {view.reason === 'imported_over_follow' && (
          <button type="button" class="secondary" onClick={() => void useFollowed()}>
            {t('packUseFollowed')}
          </button>
        )}
        {source && (
          <ul>
            {state.installed && state.installed.url === source.url && (
              <li data-testid="follow-installed">{t('packInstalled', state.installed.version, moment(state.installed.published_at))}</li>
            )}
            <li data-testid="follow-last-success">{t('packLastSuccess', moment(state.lastSuccessAt))}</li>
            <li>{t('packLastCheck', moment(state.lastCheckAt))}</li>
            {state.waiting && <li>{t('packWaiting', state.waiting.version)}</li>}
          </ul>
        )}
        {source && state.lastError && (
          <p class="field-error" role="alert" data-testid="follow-error">
            {t(`packError_${state.lastError.code}` as MessageKey, state.lastError.detail)}
          </p>
        )}
      </div>
      {source && (
        <div class="actions">
          <button type="button" class="secondary" disabled={checking} onClick={() => void runCheck()}>
            {checking ? t('packChecking') : t('packCheckNow')}
          </button>
        </div>
      )}
      {message && (
        <p class={message.ok ? 'toast' : 'field-error'} role="status" data-testid="follow-message">
          {message.text}
        </p>
      )}
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import { type ManagedSettings, staffProfile } from '../../utils/settings';
import type { StaffProfile } from '../../utils/templates';
import { useI18n } from '../ui/I18nContext';

const FIELDS: [keyof StaffProfile, MessageKey, 'auto' | 'ltr'][] = [
  ['honorific', 'profileHonorific', 'auto'],
  ['name', 'profileName', 'auto'],
  ['title', 'profileTitle', 'auto'],
  ['branch', 'profileBranch', 'auto'],
  ['surveyLink', 'profileSurvey', 'ltr'],
  ['signature', 'profileSignature', 'auto'],
];

export function ProfileSettings({ managed }: { managed: ManagedSettings }) {
  const { t } = useI18n();
  const [profile, setProfile] = useState<StaffProfile>({ name: '', title: '', branch: '', surveyLink: '' });
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void staffProfile.getValue().then(setProfile);
  }, []);
  return (
    <form
      class="settings-card"
      aria-labelledby="profile-title"
      onSubmit={(e) => {
        e.preventDefault();
        void staffProfile
          .setValue(Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, String(v ?? '').trim()])) as unknown as StaffProfile)
          .then(() => setSaved(true));
      }}
    >
      <h2 id="profile-title">{t('optionsProfile')}</h2>
      <p class="hint">{t('optionsProfileHint')}</p>
      {FIELDS.map(([key, label, dir]) => {
        const locked = (key === 'branch' && !!managed.branch) || (key === 'surveyLink' && !!managed.surveyLink);
        return (
          <label key={key} class="field">
            <span>{t(label)}</span>
            <input
              dir={dir}
              disabled={locked}
              type={key === 'surveyLink' ? 'url' : 'text'}
              value={locked ? ((key === 'branch' ? managed.branch : managed.surveyLink) ?? '') : (profile[key] ?? '')}
              onInput={(e) => {
                setSaved(false);
                setProfile({ ...profile, [key]: (e.currentTarget as HTMLInputElement).value });
              }}
            />
            {locked && <small class="hint">🔒 {t('managedLocked')}</small>}
          </label>
        );
      })}
      <button type="submit" class="primary">
        {t('save')}
      </button>
      {saved && (
        <p class="toast" role="status">
          {t('profileSaved')}
        </p>
      )}
    </form>
  );
}

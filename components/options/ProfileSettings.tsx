import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import { type ManagedSettings, staffProfile } from '../../utils/settings';
import type { StaffProfile } from '../../utils/templates';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { TextInput } from '../ui/inputs';

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
        const value = locked ? ((key === 'branch' ? managed.branch : managed.surveyLink) ?? '') : (profile[key] ?? '');
        return (
          <Field key={key} id={`profile-${key}`} label={t(label)} hint={locked ? `🔒 ${t('managedLocked')}` : undefined}>
            {(a) => (
              <TextInput
                {...a}
                dir={dir}
                disabled={locked}
                type={key === 'surveyLink' ? 'url' : 'text'}
                value={value}
                onValue={(v) => {
                  setSaved(false);
                  setProfile({ ...profile, [key]: v });
                }}
              />
            )}
          </Field>
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

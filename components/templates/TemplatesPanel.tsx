import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import type { Pack } from '../../utils/knowledge';
import { outcomeForPurpose } from '../../utils/log';
import { requestActivePage } from '../../utils/relay';
import { favouriteTemplates, lastCitation, logDraft, recentTemplates, staffProfile } from '../../utils/settings';
import { channelForUrl, contextValues, createTemplateSearch, type Platform, type Template } from '../../utils/templates';
import { useI18n } from '../ui/I18nContext';
import { useManaged } from '../ui/useSettings';
import { useStored } from '../ui/useStored';
import { ChannelPicker } from './ChannelPicker';
import { TemplateComposer } from './TemplateComposer';
import { TemplateList } from './TemplateList';

const SOCIAL_PLATFORMS: Platform[] = ['whatsapp', 'x', 'instagram', 'messenger'];

// One function for every render, so the values computed from the time are not recomputed on each keystroke.
const currentTime = () => new Date();

export function TemplatesPanel({ pack, onLog, now = currentTime }: { pack: Pack; onLog: () => void; now?: () => Date }) {
  const { t, digits } = useI18n();
  const managed = useManaged();
  const search = useMemo(() => createTemplateSearch(pack.templates), [pack]);
  const [channel, setChannel] = useState(pack.channels[0]?.id ?? '');
  const [platform, setPlatform] = useState<Platform>('plain');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<Template | null>(null);
  const [favourites, setFavourites] = useStored(favouriteTemplates, []);
  const [recent, setRecent] = useStored(recentTemplates, []);
  const [profile] = useStored(staffProfile, { name: '', title: '', branch: '', surveyLink: '' });
  const [citation] = useStored(lastCitation, null);

  // Pre-select the channel of the page the staff member is answering in.
  useEffect(() => {
    void requestActivePage().then(({ url }) => {
      const rule = channelForUrl(url, pack.hosts);
      if (rule) {
        setChannel(rule.channel);
        setPlatform(rule.platform);
      }
    });
  }, [pack]);

  const changeChannel = (id: string) => {
    setChannel(id);
    setPlatform(id === 'social-media' ? 'whatsapp' : 'plain');
  };

  const list = useMemo(
    () => search(query, { channel, first: [...favourites, ...recent.filter((r) => !favourites.includes(r))] }),
    [search, query, channel, favourites, recent],
  );
  const known = useMemo(
    () =>
      contextValues(
        pack.association,
        { ...profile, branch: managed.branch ?? profile.branch, surveyLink: managed.surveyLink ?? profile.surveyLink },
        now(),
        digits,
      ),
    [pack, profile, now, managed, digits],
  );

  if (open) {
    return (
      <TemplateComposer
        template={open}
        known={known}
        initial={{ citation: citation?.text ?? '' }}
        platform={platform}
        onBack={() => setOpen(null)}
        onUsed={(tpl) => setRecent([tpl.id, ...recent.filter((id) => id !== tpl.id)].slice(0, 10))}
        onLog={(tpl, values) => {
          // Pre-fill the log from what was just sent: channel, platform, template, outcome, who and which request.
          void logDraft
            .setValue({
              channel,
              platform: channel === 'social-media' ? platform : undefined,
              direction: 'outgoing',
              template_id: tpl.id,
              outcome: outcomeForPurpose(tpl.purpose),
              beneficiary: { name: values.beneficiary_name?.trim() ?? '' },
              request_ref: values.request_number?.trim() || undefined,
              // The policy section quoted in this reply, when the copied citation was used.
              cited_sections: citation && tpl.placeholders.includes('citation') && values.citation?.trim() === citation.text ? [citation.section] : undefined,
              topic: tpl.purpose === 'missing-documents' ? 'documents' : tpl.channels.includes('volunteering') ? 'volunteering' : 'service-request',
            })
            .then(onLog);
        }}
      />
    );
  }

  return (
    <div class="templates-panel">
      <div class="row">
        <ChannelPicker channels={pack.channels} value={channel} onChange={changeChannel} />
        {channel === 'social-media' && (
          <label class="field compact">
            <span>{t('platformLabel')}</span>
            <select value={platform} onChange={(e) => setPlatform((e.currentTarget as HTMLSelectElement).value as Platform)}>
              {SOCIAL_PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {t(`platform_${p}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div class="search-box">
        <input
          type="search"
          dir="auto"
          value={query}
          placeholder={t('templateSearchPlaceholder')}
          aria-label={t('templateSearchLabel')}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && list[0]) setOpen(list[0]);
          }}
        />
      </div>
      <TemplateList
        templates={list}
        favourites={favourites}
        onOpen={setOpen}
        onToggleFavourite={(id) => setFavourites(favourites.includes(id) ? favourites.filter((f) => f !== id) : [id, ...favourites])}
      />
    </div>
  );
}

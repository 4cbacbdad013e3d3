import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import { citation as citationOf, type Pack } from '../../utils/knowledge';
import { outcomeForPurpose } from '../../utils/log';
import { requestActivePage } from '../../utils/relay';
import { favouriteTemplates, lastCitation, logDraft, type ReplyDraft, recentTemplates, replyDraft, staffProfile } from '../../utils/settings';
import { channelForUrl, contextValues, createTemplateSearch, type Gender, type Platform, type Template, type Values } from '../../utils/templates';
import { SuggestBox } from '../suggest/SuggestBox';
import { Field } from '../ui/Field';
import { useI18n } from '../ui/I18nContext';
import { Select, TextInput } from '../ui/inputs';
import { useManaged } from '../ui/useSettings';
import { useStored } from '../ui/useStored';
import { ChannelPicker } from './ChannelPicker';
import { OtherChannels } from './OtherChannels';
import { TemplateComposer } from './TemplateComposer';
import { TemplateList } from './TemplateList';

/** The log's topic for a reply of this template. */
function topicOf(tpl: Template): string {
  if (tpl.purpose === 'missing-documents') return 'documents';
  if (tpl.purpose === 'complaint') return 'complaint';
  if (tpl.purpose === 'status') return 'follow-up';
  if (tpl.purpose === 'volunteer' || tpl.channels.includes('volunteering')) return 'volunteering';
  return 'service-request';
}

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
  // The reply in progress survives a tab switch or a reload; null until it has been read.
  const [draft, setDraft] = useState<ReplyDraft | null>(null);
  // The citation a suggestion proposed, so the log can name the section the reply quoted.
  const [suggestedCite, setSuggestedCite] = useState<{ text: string; section: string } | null>(null);
  // The template a suggestion offered first: the log keeps its id and whether the reply used it.
  const [suggested, setSuggested] = useState<string | null>(null);

  useEffect(() => {
    void replyDraft.getValue().then(async (saved) => {
      const known = saved && pack.channels.some((c) => c.id === saved.channel) ? saved : null;
      if (known) {
        setChannel(known.channel);
        setPlatform(known.platform as Platform);
        setOpen(pack.templates.find((tpl) => tpl.id === known.templateId) ?? null);
        setDraft(known);
        return;
      }
      // No reply in progress: pre-select the channel of the page the staff member is answering in.
      const rule = channelForUrl((await requestActivePage()).url, pack.hosts);
      setDraft({ channel: rule?.channel ?? channel, platform: rule?.platform ?? platform, templateId: null, gender: null, values: {} });
      if (rule) {
        setChannel(rule.channel);
        setPlatform(rule.platform);
      }
    });
  }, [pack]);

  const remember = (change: Partial<ReplyDraft>) => {
    if (!draft) return;
    const next = { ...draft, channel, platform, templateId: open?.id ?? null, ...change };
    setDraft(next);
    void replyDraft.setValue(next);
  };

  const changeChannel = (id: string) => {
    const next = id === 'social-media' ? 'whatsapp' : 'plain';
    setChannel(id);
    setPlatform(next);
    remember({ channel: id, platform: next });
  };
  const openTemplate = (tpl: Template | null, values: Values = {}) => {
    setOpen(tpl);
    remember({ templateId: tpl?.id ?? null, gender: null, values });
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

  // Templates of other channels that match what was typed, when none of this channel does.
  const elsewhere = useMemo(() => (query.trim() && list.length === 0 ? search(query) : []), [search, query, list]);

  if (!draft) return <p class="hint">{t('loading')}</p>;

  if (open) {
    const restored = draft.templateId === open.id ? draft : null;
    return (
      <TemplateComposer
        template={open}
        known={known}
        // A template just opened has a draft with no values yet: the copied citation is still offered.
        initial={{ citation: citation?.text ?? '', ...restored?.values }}
        initialGender={restored?.gender}
        platform={platform}
        onDraft={(values: Values, gender: Gender | null) => remember({ templateId: open.id, values, gender })}
        onBack={() => openTemplate(null)}
        onUsed={(tpl) => setRecent([tpl.id, ...recent.filter((id) => id !== tpl.id)].slice(0, 10))}
        onLog={(tpl, values) => {
          // The reply is done once it is logged: the next visit starts from this channel's list.
          openTemplate(null);
          // Pre-fill the log from what was just sent: channel, platform, template, outcome, who and which request.
          const quoted = suggestedCite ?? citation;
          setSuggestedCite(null);
          setSuggested(null);
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
              cited_sections: quoted && tpl.placeholders.includes('citation') && values.citation?.trim() === quoted.text.trim() ? [quoted.section] : undefined,
              topic: topicOf(tpl),
              suggestion: suggested ? { template_id: suggested, used: tpl.id === suggested } : undefined,
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
          <Field id="template-platform" label={t('platformLabel')} class="compact">
            {(a) => (
              <Select<Platform>
                {...a}
                value={platform}
                options={SOCIAL_PLATFORMS.map((p) => [p, t(`platform_${p}` as MessageKey)] as const)}
                onValue={(next) => {
                  setPlatform(next);
                  remember({ platform: next });
                }}
              />
            )}
          </Field>
        )}
      </div>
      <SuggestBox
        pack={pack}
        channel={channel}
        onSuggested={setSuggested}
        onUse={(tpl, s) => {
          // Pre-fill what the message stated and the citation proposed; the draft keeps them.
          const c = s.citations[0];
          const doc = c && pack.documents.find((d) => d.id === c.doc);
          const section = doc?.sections.find((x) => x.id === c?.section);
          const cite = doc && section ? { text: citationOf(doc, section, undefined, c.at), section: `${doc.id}#${section.id}` } : null;
          const values: Values = { citation: cite?.text ?? citation?.text ?? '' };
          if (s.values.name) values.beneficiary_name = s.values.name;
          if (s.values.request_number) values.request_number = s.values.request_number;
          setSuggestedCite(cite);
          openTemplate(tpl, values);
        }}
      />
      <div class="search-box">
        <TextInput
          type="search"
          dir="auto"
          value={query}
          placeholder={t('templateSearchPlaceholder')}
          aria-label={t('templateSearchLabel')}
          onValue={setQuery}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && list[0]) openTemplate(list[0]);
          }}
        />
      </div>
      {elsewhere.length > 0 && (
        <OtherChannels channels={pack.channels.filter((c) => elsewhere.some((tpl) => tpl.channels.includes(c.id)))} onSwitch={changeChannel} />
      )}
      <TemplateList
        templates={list}
        favourites={favourites}
        onOpen={openTemplate}
        onToggleFavourite={(id) => setFavourites(favourites.includes(id) ? favourites.filter((f) => f !== id) : [id, ...favourites])}
      />
    </div>
  );
}

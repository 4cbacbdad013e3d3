import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDate } from '../../utils/dates';
import { citation, type KnowledgeDocument, type Section } from '../../utils/knowledge';
import { renderMarkdown, textDirection } from '../../utils/markdown';
import { highlightRanges, makeSnippet } from '../../utils/search';
import { lastCitation } from '../../utils/settings';
import { useI18n } from '../ui/I18nContext';
import { StatusBadge } from './StatusBadge';

interface Props {
  doc: KnowledgeDocument;
  section: Section;
  stems: string[];
  onBack: () => void;
  pinned: boolean;
  onTogglePin: () => void;
}

/** Wraps matched words in the rendered section with <mark>, using the same analyser as search. */
function markMatches(root: HTMLElement, stems: string[]): void {
  if (stems.length === 0) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const ranges = highlightRanges(node.data, stems);
    for (let i = ranges.length - 1; i >= 0; i--) {
      const r = ranges[i] as { start: number; end: number };
      const range = document.createRange();
      range.setStart(node, r.start);
      range.setEnd(node, r.end);
      range.surroundContents(document.createElement('mark'));
    }
  }
}

export function SectionView({ doc, section, stems, onBack, pinned, onTogglePin }: Props) {
  const { t, lang, calendars, digits } = useI18n();
  const html = useMemo(() => renderMarkdown(section.markdown), [section]);
  const body = useRef<HTMLDivElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState<'' | 'copied' | 'failed'>('');

  useEffect(() => {
    if (body.current) markMatches(body.current, stems);
    back.current?.focus();
  }, [html, stems]);

  const copy = async () => {
    try {
      // Quoted from the passage the search matched, as the result's snippet shows it.
      const text = citation(doc, section, undefined, stems.length > 0 ? makeSnippet(section.text, stems).start : 0);
      await navigator.clipboard.writeText(text);
      void lastCitation.setValue({ text, section: `${doc.id}#${section.id}` });
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <article class="section-view" aria-labelledby="section-title">
      <div class="section-toolbar">
        <button ref={back} type="button" class="link-button" onClick={onBack}>
          {t('back')}
        </button>
        <span class="actions">
          <button type="button" class="icon-toggle" aria-pressed={pinned} onClick={onTogglePin} title={pinned ? t('unpin') : t('pin')}>
            {pinned ? '★' : '☆'} <span class="visually-hidden">{pinned ? t('unpin') : t('pin')}</span>
          </button>
          <button type="button" class="primary" onClick={copy}>
            {t('copyCitation')}
          </button>
        </span>
      </div>
      {/* Each value isolated, so a date with its Hijri in parentheses reads in its own order in either direction. */}
      <p class="section-doc">
        <bdi>{doc.title}</bdi> · <bdi>{t('versionLabel', doc.version)}</bdi>
        {doc.approved && (
          <>
            {' · '}
            <bdi>{t('approvedLabel', formatDate(doc.approved, lang, calendars, digits))}</bdi>
          </>
        )}
        {doc.reviewed && (
          <>
            {' · '}
            <bdi>{t('reviewedLabel', formatDate(doc.reviewed, lang, calendars, digits))}</bdi>
          </>
        )}
      </p>
      <StatusBadge status={doc.status} />
      {section.path.length > 0 && <p class="result-path">{section.path.join(' › ')}</p>}
      <h2 id="section-title" dir="auto">
        {section.title}
        {section.editorial && (
          <small class="editorial-note" data-testid="editorial-heading">
            {' '}
            {t('editorialHeading')}
          </small>
        )}
      </h2>
      {/* renderMarkdown sanitises with DOMPurify. */}
      {/* Not dir="auto": its blocks carry their own dir, so "auto" would find no letter and lay lists out left to right. */}
      <div ref={body} class="markdown" dir={textDirection(section.markdown)} dangerouslySetInnerHTML={{ __html: html }} />
      <p class="toast" role="status" aria-live="polite">
        {status === 'copied' ? t('copied') : status === 'failed' ? t('copyFailed') : ''}
      </p>
    </article>
  );
}

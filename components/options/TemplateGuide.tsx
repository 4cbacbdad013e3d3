import { useMemo } from 'preact/hooks';
import guide from '../../docs/template-writing.md?raw';
import { renderMarkdown } from '../../utils/markdown';
import { useI18n } from '../ui/I18nContext';

/** The template writing guide (docs/template-writing.md), shipped with the extension so it opens offline. */
export function TemplateGuide() {
  const { t } = useI18n();
  // Its headings sit under the page's own (h1 the page, h2 the card): # becomes ###.
  const html = useMemo(() => renderMarkdown(guide.replace(/^(#{1,4}) /gm, '##$1 ')), []);
  return (
    <details class="template-guide" data-testid="template-guide">
      <summary>{t('templateGuideLink')}</summary>
      {/* renderMarkdown sanitises with DOMPurify. */}
      <div class="markdown" dir="rtl" lang="ar" dangerouslySetInnerHTML={{ __html: html }} />
    </details>
  );
}

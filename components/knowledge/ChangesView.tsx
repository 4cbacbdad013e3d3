import { diffArabicWords, type PackChanges, type SectionChange } from '../../utils/knowledge';
import { useI18n } from '../ui/I18nContext';

function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <p class="diff" dir="auto">
      {diffArabicWords(before, after).map((part, i) =>
        part.kind === 'added' ? (
          <ins key={i}>{part.text}</ins>
        ) : part.kind === 'removed' ? (
          <del key={i}>{part.text}</del>
        ) : (
          <span key={i} class={part.kind === 'elided' ? 'diff-elided' : undefined}>
            {part.text}
          </span>
        ),
      )}
    </p>
  );
}

function Item({ c, kind }: { c: SectionChange; kind: 'added' | 'changed' | 'removed' }) {
  return (
    <li class={`change change-${kind}`}>
      <div class="result-title" dir="auto">
        <span class="result-path">{c.docTitle} › </span>
        {c.title}
      </div>
      {kind === 'changed' ? (
        <WordDiff before={c.before ?? ''} after={c.after ?? ''} />
      ) : (
        <p class="snippet" dir="auto">
          {(kind === 'added' ? c.after : c.before)?.slice(0, 300)}
        </p>
      )}
    </li>
  );
}

/** "Circulate amendments": sections added, changed (with a word diff) and removed, then acknowledged. */
export function ChangesView({ changes, onAcknowledge, onBack }: { changes: PackChanges; onAcknowledge: () => void; onBack: () => void }) {
  const { t } = useI18n();
  return (
    <article class="changes" aria-labelledby="changes-title">
      <div class="section-toolbar">
        <button type="button" class="link-button" onClick={onBack}>
          {t('back')}
        </button>
        <button type="button" class="primary" onClick={onAcknowledge}>
          {t('acknowledge')}
        </button>
      </div>
      <h2 id="changes-title">{t('changesTitle')}</h2>
      {(['changed', 'added', 'removed'] as const).map((kind) =>
        changes[kind].length ? (
          <section key={kind}>
            <h3>{t(kind === 'added' ? 'changesAdded' : kind === 'changed' ? 'changesChanged' : 'changesRemoved', changes[kind].length)}</h3>
            <ul class="change-list">
              {changes[kind].map((c) => (
                <Item key={c.key} c={c} kind={kind} />
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </article>
  );
}

import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const FORBID_TAGS = [
  'style',
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'link',
  'meta',
  'base',
];
const FORBID_ATTR = ['style', 'class', 'id', 'srcset', 'formaction', 'xlink:href', 'action'];
let hooked = false;

/**
 * Markdown → sanitised HTML. Knowledge packs are imported by admins, so the output is
 * run through DOMPurify (marked itself does not sanitise). Links open in a new tab
 * without an opener; blocks get dir="auto" so Latin lines inside Arabic read right.
 */
export function renderMarkdown(md: string): string {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (/^(P|LI|H[1-6]|BLOCKQUOTE|TD|TH)$/.test(node.tagName)) node.setAttribute('dir', 'auto');
      // A remote image would tell a third party the staff member's address and when they read the
      // section; only images carried inside the pack (data:) are shown (the pages' CSP agrees).
      if (node.tagName === 'IMG' && !/^data:image\/(png|jpeg|gif|webp);/i.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
    });
    hooked = true;
  }
  const html = marked.parse(md) as string;
  return DOMPurify.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    USE_PROFILES: { html: true },
    ALLOW_DATA_ATTR: false,
  });
}

/** The direction of a text by its first strong letter: a section's body is laid out in it (lists, bullets). */
export function textDirection(text: string): 'rtl' | 'ltr' {
  const first = /[A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.exec(text)?.[0] ?? '';
  return /[A-Za-z\u00C0-\u024F]/.test(first) ? 'ltr' : 'rtl';
}

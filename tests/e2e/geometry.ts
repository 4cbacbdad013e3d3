/** Where things are drawn: reading order of tokens, list markers, from the page's own layout. */
import type { BrowserContext, Page } from 'playwright-core';

export interface Box {
  token?: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

// Passed to the page as source text: the test runner's transpiler would wrap named functions in a helper the page lacks.
const TOKEN_BOXES = `(args) => {
  const el = document.querySelector(args.selector);
  if (!el) return { error: 'nothing matches ' + args.selector };
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = '';
  while (walker.nextNode()) {
    nodes.push({ node: walker.currentNode, start: text.length });
    text += walker.currentNode.data;
  }
  const at = (offset) => {
    let hit = nodes[0];
    for (const n of nodes) if (n.start <= offset) hit = n;
    return [hit.node, offset - hit.start];
  };
  const boxes = [];
  let from = 0;
  for (const token of args.tokens) {
    const i = text.indexOf(token, from);
    if (i < 0) return { error: 'no «' + token + '» after ' + from + ' in «' + text + '»' };
    const range = document.createRange();
    const [startNode, startOffset] = at(i);
    const [endNode, endOffset] = at(i + token.length - 1);
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset + 1);
    const b = range.getBoundingClientRect();
    boxes.push({ token, left: b.left, right: b.right, top: b.top, bottom: b.bottom });
    from = i + token.length;
  }
  return { boxes };
}`;

/** The drawn box of each token, found in this order in the element's text. */
export async function tokenBoxes(page: Page, selector: string, tokens: string[]): Promise<Box[]> {
  const result = (await page.evaluate(`(${TOKEN_BOXES})(${JSON.stringify({ selector, tokens })})`)) as { boxes?: Box[]; error?: string };
  if (!result.boxes) throw new Error(result.error);
  return result.boxes;
}

/**
 * Where boxes given in reading order break it: on one line each next box lies further in the
 * direction of reading (left in RTL); a box on a later line lies lower.
 */
export function readingOrderBreaks(boxes: Box[], dir: 'rtl' | 'ltr'): string[] {
  const breaks: string[] = [];
  for (let i = 1; i < boxes.length; i++) {
    const a = boxes[i - 1] as Box;
    const b = boxes[i] as Box;
    const sameLine = Math.abs((a.top + a.bottom) / 2 - (b.top + b.bottom) / 2) < Math.min(a.bottom - a.top, b.bottom - b.top) / 2;
    const ok = sameLine ? (dir === 'rtl' ? b.right <= a.left + 1 : b.left >= a.right - 1) : b.top >= a.bottom - 1;
    if (!ok) breaks.push(`«${a.token}» then «${b.token}»: ${JSON.stringify([a, b])}`);
  }
  return breaks;
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  pseudoType?: string;
  children?: DomNode[];
  pseudoElements?: DomNode[];
}

const quadBox = (q: number[]): Box => {
  const xs = [q[0], q[2], q[4], q[6]] as number[];
  const ys = [q[1], q[3], q[5], q[7]] as number[];
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
};

/** Each list item of the lists under `selector` with the box its marker (number or bullet) is drawn in, read through the DevTools protocol. */
export async function markerBoxes(context: BrowserContext, page: Page, selector: string): Promise<{ item: Box; marker: Box }[]> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `${selector} li` });
    const byId = new Map<number, DomNode>();
    const walk = (n: DomNode) => {
      byId.set(n.nodeId, n);
      for (const c of n.children ?? []) walk(c);
    };
    walk(root);
    const out: { item: Box; marker: Box }[] = [];
    for (const id of nodeIds) {
      const marker = byId.get(id)?.pseudoElements?.find((p) => p.pseudoType === 'marker');
      if (!marker) throw new Error(`a list item without a marker under ${selector}`);
      const [item, mark] = await Promise.all([id, marker.nodeId].map((nodeId) => cdp.send('DOM.getBoxModel', { nodeId })));
      out.push({ item: quadBox(item?.model.border ?? []), marker: quadBox(mark?.model.border ?? []) });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

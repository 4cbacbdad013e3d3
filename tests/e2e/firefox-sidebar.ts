import type { FirefoxExtension } from '../../scripts/lib/firefox';

/** Sets a Preact-controlled field's value the way typing does (the value, then bubbling input and change events). */
export const SET_FIELD = `function setField(el, value) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}`;

export interface Reply {
  /** The template's channel (the list shows one channel's templates); the panel's default when absent. */
  channel?: string;
  /** Part of the template's title; the first template of the list when absent. */
  title?: string;
  /** Values for the fill-in form, by placeholder name; every other empty field gets «سارة». */
  values?: Record<string, string>;
}

/**
 * In the sidebar page (current window): opens a template from the replies tab, chooses the feminine
 * form, fills the fill-in form and returns the preview's text, ready to insert.
 */
export async function composeReply(ff: FirefoxExtension, reply: Reply = {}): Promise<string> {
  await ff.navigate(ff.url('sidepanel.html?tab=replies'));
  // A reply left open before is restored (a draft outlives the panel): back to the list.
  await ff.waitFor<boolean>(`return !!document.querySelector('.template-open, .composer')`);
  await ff.run(`document.querySelector('.composer .section-toolbar button')?.click()`);
  await ff.waitFor<boolean>(`return document.querySelectorAll('.template-open').length > 0`);
  if (reply.channel) {
    await ff.run(`${SET_FIELD}; setField(document.getElementById('template-channel'), arguments[0])`, [reply.channel]);
  }
  const opened = await ff.waitFor<boolean>(
    `const title = arguments[0];
     const open = [...document.querySelectorAll('.template-open')].find((b) => !title || b.textContent.includes(title));
     open?.click();
     return !!open;`,
    [reply.title ?? ''],
  );
  if (!opened) throw new Error(`no template titled ${reply.title}`);
  await ff.waitFor<boolean>(`return !!document.querySelector('[data-testid=preview]')`);
  // No form of address is chosen for the staff member: choose one, as they must.
  await ff.click('input[name=gender][value=f]');
  await ff.run(
    `${SET_FIELD}
     const values = arguments[0];
     for (const [name, value] of Object.entries(values)) {
       const el = document.querySelector('.composer [name="' + name + '"]');
       if (!el) throw new Error('the template asks for no ' + name);
       setField(el, value);
     }
     // Every other empty field, so nothing blocks insertion.
     const empty = [...document.querySelectorAll('.composer input[type=text], .composer input:not([type]), .composer textarea')].filter((el) => !el.value);
     for (const el of empty) setField(el, 'سارة');`,
    [reply.values ?? {}],
  );
  return ff.waitFor<string>(
    `
    const values = Object.values(arguments[0]);
    const text = document.querySelector('[data-testid=preview]').textContent;
    return values.every((v) => text.includes(v)) ? text : '';
  `,
    [reply.values ?? {}],
  );
}

/** Presses the composer's Insert (a real click) and returns the panel's status once settled: 'inserted', 'copiedFallback'… */
export async function insertReply(ff: FirefoxExtension): Promise<string> {
  await ff.click('.composer button.primary');
  return ff.waitFor<string>(`
    const toast = document.querySelector('.toast[data-status]');
    const s = toast && toast.getAttribute('data-status');
    return s && s !== 'inserting' ? s : '';
  `);
}

/** Turns the `;shortcut` expander on from the options page (idempotent), in the current window. */
export async function enableShortcuts(ff: FirefoxExtension): Promise<void> {
  await ff.navigate(ff.url('options.html'));
  const box = 'section[aria-labelledby=shortcuts-title] input[type=checkbox]';
  await ff.waitFor<boolean>(`return !!document.querySelector(${JSON.stringify(box)})`);
  if (!(await ff.run<boolean>(`return document.querySelector(${JSON.stringify(box)}).checked`))) await ff.click(box);
  await ff.waitFor<boolean>(`return !!document.querySelector('[data-testid=expand-message]')`);
}

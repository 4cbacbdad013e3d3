/**
 * What a hostile page can do without the user: a hidden field of its own and `window.probe()`,
 * which focuses it, writes a public shortcut, fakes `;` and a Tab, and returns what
 * `dispatchEvent` said (false would tell the page the Tab was held, i.e. that Murshid is there).
 */
export const FAKE_SHORTCUT_PROBE = `<input id="hidden" autocomplete="off" style="position:absolute;left:-9999px;opacity:0">
<script>
  window.probe = () => {
    const f = document.getElementById('hidden');
    f.focus();
    f.value = ';ختام';
    f.setSelectionRange(f.value.length, f.value.length);
    for (const type of ['keydown', 'keypress', 'keyup']) f.dispatchEvent(new KeyboardEvent(type, { key: ';', bubbles: true, cancelable: true }));
    return f.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', code: 'Tab', keyCode: 9, bubbles: true, cancelable: true, composed: true }));
  };
</script>`;

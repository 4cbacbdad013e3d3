import { render } from 'preact';
import { prefetchActivePack } from '../../components/knowledge/useActivePack';
import '../../components/ui/theme.css';
import { loadLanguage, notedLanguage } from '../../utils/i18n';
import { queryFromSearch } from '../../utils/lookup';
import { App } from './App';

/** How long the first render waits for the pack: a pack read by then is in the page's first frame. */
const WAIT_FOR_PACK_MS = 200;

const params = new URLSearchParams(location.search);
const show = () =>
  render(
    <App
      initialQuery={queryFromSearch(location.search)}
      initialTab={params.get('tab') === 'replies' ? 'replies' : params.get('tab') === 'log' ? 'log' : 'search'}
    />,
    document.getElementById('app') as HTMLElement,
  );
// The answer in the first frame rather than a "loading" line a frame before it, and in the staff
// member's language (English's catalog loads beside the pack); a pack slower than that (a large
// imported one, read from IndexedDB) shows the loading line meanwhile.
const noted = notedLanguage();
const ready = Promise.all([prefetchActivePack(), noted ? loadLanguage(noted).catch(() => undefined) : undefined]);
void Promise.race([ready, new Promise((done) => setTimeout(done, WAIT_FOR_PACK_MS))]).then(show);

import { showFirstAnswer } from '../../components/first/show';
import '../../components/ui/theme.css';
import { loadLanguage } from '../../utils/i18n/core';
import { notedLanguage } from '../../utils/i18n/note';
import { queryFromSearch } from '../../utils/lookup/path';
import { prefetchActivePack } from '../../utils/pack/open';

/** Set when the page reloaded because the app's code did not load. */
const RELOADED = 'murshid:reloaded-for-code';
/** How long the first render waits for the pack: a pack read by then is in the page's first frame. */
const WAIT_FOR_PACK_MS = 200;

const params = new URLSearchParams(location.search);
const initialQuery = queryFromSearch(location.search);
const tab = params.get('tab');
const initialTab = tab === 'replies' ? 'replies' : tab === 'log' ? 'log' : 'search';
const container = document.getElementById('app') as HTMLElement;

// The pack first (the app's code is asked for when the app takes over from the first answer, below).
const pack = prefetchActivePack();
const deadline = new Promise((done) => setTimeout(done, WAIT_FOR_PACK_MS));
// The answer in the first frame rather than a "loading" line a frame before it, and in the staff
// member's language (English's catalog loads beside the pack); a pack slower than that (a large
// imported one, read from IndexedDB) shows the loading line meanwhile.
const noted = notedLanguage();
const ready = Promise.all([pack, noted ? loadLanguage(noted).catch(() => undefined) : undefined]);

// A `?q=` open shows its answer before the app has loaded (components/first), in the language the
// panel was last shown in, and the app renders over it a moment later, with what the staff member
// did meanwhile.
const first =
  initialTab === 'search' && initialQuery
    ? showFirstAnswer(container, initialQuery, Promise.race([pack, deadline]), noted ?? 'ar').catch(() => null)
    : Promise.resolve(null);
void first.then(async (shown) => {
  // Asked for when the app is to take over (`TAKEOVER_MS` after the first answer, or at the staff
  // member's first key or click), not as soon as the answer is in the page: its code, loaded and
  // run then, held up the answer's first frame and whatever read the page just after it
  // (docs/benchmarks.md, eleventh pass).
  const app = shown ? shown.takeover.then(() => import('./mount')) : import('./mount');
  // An English first answer is taken over by the app in English (its catalog loads meanwhile).
  if (shown) await Promise.all([shown.takeover, ready]);
  else await Promise.race([ready, deadline]);
  let mountApp: Awaited<typeof app>['mountApp'];
  try {
    ({ mountApp } = await app);
  } catch (e) {
    // The app's code did not load (an extension updated mid-open): the first answer stops holding
    // keys and clicks, and the page loads again once, with the new code (not twice: a code that
    // cannot load leaves the first answer readable rather than a page reloading for ever).
    shown?.release();
    if (!sessionStorage.getItem(RELOADED)) {
      sessionStorage.setItem(RELOADED, '1');
      location.reload();
    }
    throw e;
  }
  const carried = shown?.release();
  mountApp(container, { initialQuery: carried?.query ?? initialQuery, initialTab });
  carried?.restore();
});

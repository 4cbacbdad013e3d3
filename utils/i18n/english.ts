import en from '../../public/_locales/en/messages.json';
import { registerCatalog } from './core';

// English strings: imported for its effect by the pages that may need them at once.
registerCatalog('en', en);

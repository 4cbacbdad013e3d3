import ar from '../../public/_locales/ar/messages.json';
import { registerCatalog } from './core';

// The whole Arabic catalog, for every page that imports this module (components/first shows the
// side panel's first answer with only its own strings, registered through './core').
registerCatalog('ar', ar);

export * from './core';
export { noteDigits, notedDigits, notedLanguage, noteLanguage } from './note';

export { firefoxSidebar, MENU_SEARCH_SELECTION, MENU_SUGGEST_REPLY, onMenuClicked, openLookup, openSuggest } from './open';
export { panelPath, queryFromSearch } from './path';

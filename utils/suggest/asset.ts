/**
 * The shipped model (utils/suggest/model.json) as the build ships it: a data file of its own,
 * fetched by the panel on the first suggestion and read with JSON.parse, like the bundled pack —
 * not a JavaScript chunk the panel would parse as code.
 */
export const SUGGEST_MODEL_FILE = 'suggest-model.json';
export const SUGGEST_MODEL_SOURCE = 'utils/suggest/model.json';

export { type AddressProblem, addressProblems, timeLimitWord } from './address';
export { channelForUrl, type HostRule } from './channel';
export { formatFor, type Platform, X_LIMIT, xLength } from './format';
export { isPlaceholder, PLACEHOLDERS, type PlaceholderName, placeholdersOf, scanTokens } from './placeholders';
export { blankMark, type Gender, hasAddressForms, type Missing, type Rendered, renderTemplate, type Values } from './render';
export { createTemplateSearch, type TemplateSearchOptions } from './search';
export { TEMPLATE_PURPOSES, type Template, type TemplatePurpose } from './types';
export { type AssociationInfo, contextValues, type StaffProfile } from './values';

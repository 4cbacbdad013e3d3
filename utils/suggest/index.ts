export { type Cleaned, cleanMessage } from './clean';
export { MODEL_DEFAULTS, split, trainModel } from './crossval';
export { createExampleIndex, type Example, type ExampleMatch } from './examples';
export { features } from './features';
export { type LinearModel, predict, train } from './model';
export { type Citation, createSuggester, messageFeatures, type SuggestModel, type Suggestion } from './suggest';
export { extractValues, type StatedValues } from './values';
export { crossValidate, type LabelledMessage, type SuggestReport } from './evaluate';

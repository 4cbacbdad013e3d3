export { type Cleaned, cleanMessage } from './clean';
export { type ConfidenceModel, confidenceScore, confidenceSignals, fitConfidence } from './confidence';
export { calibrate, familyFolds, MODEL_DEFAULTS, sectionPrior, trainModel, withExamples } from './crossval';
export { createExampleIndex, type Example, type ExampleMatch } from './examples';
export { features } from './features';
export { type LinearModel, predict, train } from './model';
export { type Citation, createSuggester, messageFeatures, type Suggestion, type SuggestModel } from './suggest';
export { extractValues, type StatedValues } from './values';

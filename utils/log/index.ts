export { newInteraction, outcomeForPurpose } from './create';
export { DB_NAME, DB_VERSION, type LogDb, type LogSchema, type OutboxEntry, openLogDb } from './db';
export { type CsvOptions, type ImportResult, localDateTime, MAX_IMPORT_BYTES, parseImport, toCsv, toJson } from './export';
export { type StoredRecord, upgradeInteraction } from './migrate';
export { changeOutcome, isReferral, procedureStep, REFERRAL_OUTCOMES } from './outcome';
export { localMobile, normalizeSaudiMobile } from './phone';
export { type FollowUpState, filterInteractions, followUpState, type LogFilter, overdueCount } from './query';
export { GRACE_DAYS, type PurgeResult, purgeExpired } from './retention';
export { InteractionSchema } from './schema';
export { computeStats, type Stats } from './stats';
export {
  allInteractions,
  deleteInteraction,
  importInteractions,
  openFollowUps,
  recentInteractions,
  restoreInteraction,
  type SaveResult,
  saveAcknowledgement,
  saveInteraction,
} from './store';
export * from './types';
export { isValidSaudiId, maskId, normalizeSaudiId, type ValidationContext, validateInteraction } from './validate';

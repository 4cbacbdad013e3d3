import type { FollowState, PackOrigin } from './state';

/** Which pack answers, and why (the options page says it in words). */
export type ActiveReason =
  /** No source and nothing imported: the pack shipped with the extension. */
  | 'bundled'
  /** The followed pack is the one answering. */
  | 'followed'
  /** A source is set but no pack from it has been applied yet (first check pending or refused). */
  | 'followed_pending'
  /** A pack imported here, no source followed. */
  | 'imported'
  /** A pack imported here while a source is followed: it stays until staff return to the followed one. */
  | 'imported_over_follow';

export interface FollowView {
  reason: ActiveReason;
  /** The source's host needs access this browser has not granted (a policy cannot click the prompt). */
  needsAccess: boolean;
}

/** Pure: what the options page shows about the pack source, from what is stored. */
export function followView(input: {
  hasSource: boolean;
  origin: PackOrigin | null;
  activeStamp: string | null;
  state: FollowState;
  hasAccess: boolean;
}): FollowView {
  const { hasSource, origin, activeStamp, state, hasAccess } = input;
  // The origin marker counts only while it describes the pack in use.
  const current = origin && origin.stamp === activeStamp ? origin : null;
  let reason: ActiveReason;
  if (current?.kind === 'followed') reason = hasSource ? 'followed' : 'imported';
  else if (activeStamp) reason = hasSource && current?.overridesFollow ? 'imported_over_follow' : hasSource ? 'followed_pending' : 'imported';
  else reason = hasSource ? 'followed_pending' : 'bundled';
  const needsAccess = hasSource && !hasAccess && state.lastError?.code === 'no_access';
  return { reason, needsAccess };
}

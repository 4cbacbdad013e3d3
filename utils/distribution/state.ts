import { storage } from 'wxt/utils/storage';
import type { RefusalCode } from './published';

/** Why a check did not bring a new pack (each has a message in the options page). */
export type FollowErrorCode = RefusalCode | 'network' | 'no_access' | 'http' | 'timeout' | 'too_large';

/** The pack source staff set in the options page (a policy's packUrl/packPublicKey win over it). */
export interface OwnSource {
  url: string;
  publicKey: string;
}

/** The followed pack last verified and applied: the baseline a newer one is compared with. */
export interface Installed {
  url: string;
  pack_id: string;
  version: string;
  sha256: string;
  published_at: string;
  applied_at: string;
}

export interface FollowState {
  etag: string | null;
  installed: Installed | null;
  lastCheckAt: string | null;
  lastSuccessAt: string | null;
  lastError: { code: FollowErrorCode; detail: string; at: string } | null;
  /** A verified newer version that was not applied because a local import is active. */
  waiting: { version: string; sha256: string } | null;
}

export const EMPTY_FOLLOW: FollowState = { etag: null, installed: null, lastCheckAt: null, lastSuccessAt: null, lastError: null, waiting: null };

export const ownPackSource = storage.defineItem<OwnSource | null>('local:packSource', { fallback: null, version: 1 });
export const followState = storage.defineItem<FollowState>('local:packFollow', { fallback: EMPTY_FOLLOW, version: 1 });

/**
 * Where the active pack came from (null: the bundled pack, or an import made before packs could
 * be followed). A local import made while a source is followed stays active — the follower does
 * not overwrite it — until staff choose to return to the followed pack.
 */
export interface PackOrigin {
  kind: 'followed' | 'imported';
  /** The stamp of the pack files (the active pack's key). */
  stamp: string;
  pack_id: string;
  version: string;
  sha256: string;
  at: string;
  /** Followed: the source's URL. */
  url?: string;
  /** Imported while a source was followed: the follower leaves it alone. */
  overridesFollow?: boolean;
}
export const packOrigin = storage.defineItem<PackOrigin | null>('local:packOrigin', { fallback: null, version: 1 });

import { type IDBPDatabase, openDB } from 'idb';

/**
 * The pack database: `./store` keeps the imported files, the compiled copy and what staff
 * acknowledged in it (`./open` reads the compiled copy when the panel opens).
 */
export const PACK_DB = 'murshid-pack';
export const PACK_STORE = 'pack';
export const COMPILED_KEY = 'compiled';

/** The compiled copy as stored: the stamp beside the blob, so a stale copy is known without reading it. */
export interface StoredCompiled {
  stamp: string;
  blob: Blob;
}

export function openPackDb(): Promise<IDBPDatabase> {
  return openDB(PACK_DB, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore(PACK_STORE);
    },
  });
}

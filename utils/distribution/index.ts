export {
  compareVersions,
  FORMAT,
  filesFromPublished,
  type Installed,
  type PublishedMeta,
  publishedBytes,
  publishPack,
  type RefusalCode,
  type Verified,
  verifyPublished,
} from './published';
export {
  fromBase64,
  generateKeyPair,
  importPrivateKey,
  type KeyPairFiles,
  parsePublicKeys,
  publicKeyOf,
  sha256Hex,
  signBytes,
  toBase64,
  verifyBytes,
} from './sign';

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyRead } from '../utils/pack/early';

// Named by the panel's HTML before its modules: starts reading the imported pack's compiled copy
// while they load (see utils/pack/early.ts). A classic script of its own, not a page module.
export default defineUnlistedScript(() => startEarlyRead());

import { createRequire } from 'node:module';
import type * as UwsTypes from 'uWebSockets.js';

/**
 * Loads uWebSockets.js and proves its native build is in use. The npm build
 * we depend on (package.json: uWebSockets.js = @trufflesuite/uws-js-unofficial)
 * falls back, with only a console warning, to a slow implementation on the
 * `ws` package when its binary does not load (wrong Node ABI, glibc...) or
 * when UWS_USE_FALLBACK is set. The exchange refuses to run on that fallback:
 * its latency and throughput figures would silently be another server's.
 */
export type Uws = typeof UwsTypes;

export class UwsFallbackError extends Error {
  readonly code = 'ERR_UWS_NOT_NATIVE';
  constructor(detail: string) {
    super(`uWebSockets.js did not load its native build (${detail}); refusing to start on its slow 'ws' fallback. ` +
      'Check that node_modules/uWebSockets.js/binaries has a binary for this platform and Node ABI ' +
      `(${process.platform}-${process.arch}, modules ${process.versions.modules}) and that UWS_USE_FALLBACK is not set.`);
    this.name = 'UwsFallbackError';
  }
}

export interface UwsLoad {
  uws: Uws;
  /** The native binary file that was loaded. */
  binary: string;
}

const require = createRequire(import.meta.url);

/** How the loaded module was obtained; `native: false` names why. */
export function inspectUws(uws: Uws): { native: boolean; binary: string | null; detail: string } {
  const binary = Object.keys(require.cache).find((k) => /uws_[^/\\]+\.node$/.test(k)) ?? null;
  const app = (uws as unknown as { App?: unknown }).App;
  const nativeApp = typeof app === 'function' && /\{\s*\[native code\]\s*\}/.test(Function.prototype.toString.call(app));
  if (binary === null) return { native: false, binary, detail: 'no uws_*.node binary is loaded' };
  if (!nativeApp) return { native: false, binary, detail: 'App is a JavaScript function, not the native one' };
  return { native: true, binary, detail: binary };
}

/** Loads the module (CommonJS) and throws `UwsFallbackError` unless it is the native build. */
export function loadNativeUws(): UwsLoad {
  const uws = require('uWebSockets.js') as Uws;
  const seen = inspectUws(uws);
  if (!seen.native || seen.binary === null) throw new UwsFallbackError(seen.detail);
  return { uws, binary: seen.binary };
}

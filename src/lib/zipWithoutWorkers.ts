// fflate for write-excel-file, with `zip` done on the main thread. fflate's asynchronous zip
// compresses each file of 160 kB or more in a Worker started from a blob: URL; the app's
// Content-Security-Policy (script-src 'self', no worker-src) refuses that Worker, and fflate
// then never calls back, so a large export would hang. vite.config.ts points write-excel-file's
// `fflate` here; everything else is fflate's own.
import { zipSync, type AsyncTerminable, type AsyncZipOptions, type AsyncZippable, type FlateCallback, type Zippable } from 'fflate';

export { strToU8, zipSync, Zip, ZipDeflate, AsyncZipDeflate } from 'fflate';

export function zip(data: AsyncZippable, optionsOrCallback: AsyncZipOptions | FlateCallback, maybeCallback?: FlateCallback): AsyncTerminable {
  const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
  const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
  if (!callback) throw new TypeError('zip needs a callback');
  let archive: Uint8Array;
  try {
    // The same shapes: the async options only add a thread-related field that zipSync ignores.
    archive = zipSync(data as Zippable, options);
  } catch (error) {
    callback(error as Parameters<FlateCallback>[0], new Uint8Array());
    return () => {};
  }
  callback(null, archive);
  // Nothing is left running to stop.
  return () => {};
}

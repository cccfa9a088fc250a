// libheif-js ships the types of its WebAssembly build beside it, but declares no module for the bundle itself.
declare module 'libheif-js/libheif-wasm/libheif-bundle.js' {
  import type { MainModule } from 'libheif-js/libheif-wasm/libheif';
  /** A new instance of libheif (WebAssembly embedded in the script, instantiated synchronously), with its own memory. */
  function createLibheif(): MainModule;
  export = createLibheif;
}

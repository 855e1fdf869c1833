import { defineConfig, type Options } from "tsup";
import { bundledDictionaries } from "./src/gazetteer/data.js";
import { packedSourcesModule } from "./src/gazetteer/pack.js";

// esbuild's plugin type, as tsup re-exports it (esbuild itself is not a direct dependency).
type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * src/gazetteer/sources.ts imports the JSON files of /dictionaries; in the bundle it
 * is replaced by their packed form (src/gazetteer/pack.ts), made here by the
 * library's own code from the same files, with the lexicon's phrase keys computed
 * ahead. Splitting ~6,000 phrases was most of the first extract(), and every byte
 * of the bundle is scanned at each import. Tests run from src, without this, and
 * check that both forms compile the same lexicon.
 */
const packedDictionaries: Plugin = {
  name: "packed-dictionaries",
  setup(build) {
    // Made once per build from the files as the config imported them: a watch mode
    // (none is set up) would need a restart to see a dictionary edit.
    let contents: string | undefined;
    build.onLoad({ filter: /[\\/]src[\\/]gazetteer[\\/]sources\.ts$/ }, () => {
      contents ??= packedSourcesModule(bundledDictionaries());
      return { contents, loader: "js" };
    });
  },
};

// Two builds: the library (ESM + CJS + declarations) and the CLI (ESM only, with
// a shebang). The dictionaries are inlined into the bundle (packed, see above): no
// file system or network access at run time, and the bundle works in a browser.
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "neutral",
    splitting: false,
    // zod's ESM build is many small modules: resolving them costs ~100 ms at import,
    // most of the cold-start budget. Bundled, it is one parse of the code we use.
    noExternal: ["zod", "fastest-levenshtein"],
    // Any JSON a build imports ships as text for JSON.parse, which reads data several
    // times faster than the same data written as a JavaScript literal (the packed
    // dictionaries follow the same rule).
    loader: { ".json": "text" },
    esbuildPlugins: [packedDictionaries],
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    splitting: false,
    loader: { ".json": "text" },
    esbuildPlugins: [packedDictionaries],
  },
]);

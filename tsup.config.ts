import { defineConfig } from "tsup";

// Two builds: the library (ESM + CJS + declarations) and the CLI (ESM only, with
// a shebang). Dictionaries are JSON imports, so they are inlined into the bundle:
// no file system or network access at run time, and the bundle works in a browser.
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
    // Dictionaries ship as JSON text and go through JSON.parse, which reads data
    // several times faster than the same data written as a JavaScript literal.
    loader: { ".json": "text" },
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    splitting: false,
    loader: { ".json": "text" },
  },
]);

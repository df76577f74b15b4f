// Bundles the server (dist/main.js) and the CLI (dist/cli.js) into a few ES modules with esbuild,
// over what tsc emitted for them. Node then reads ~40 files at start instead of ~950 (the
// compiled sources plus node_modules), which was 40 % of a restart's CPU time. The tsc output
// stays beside it: it carries the type declarations and the export map's router.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const appDir = path.resolve(fileURLToPath(import.meta.url), "../..");
const srcDir = path.join(appDir, "src");
const outDir = path.join(appDir, "dist");

// Chunks land beside the entry points; old ones go first so that dist/ does not collect them.
const CHUNK_SUFFIX = ".chunk.js";
for (const file of readdirSync(outDir)) {
  if (file.endsWith(CHUNK_SUFFIX) || file.endsWith(`${CHUNK_SUFFIX}.map`)) rmSync(path.join(outDir, file));
}

/**
 * Sources that find files relative to themselves (env.ts: the apps' builds and the geodata
 * beside the repository) keep finding them where tsc would have put them: `import.meta.url`
 * becomes the URL of their dist/ twin, computed from the chunk, which always lies in dist/.
 */
const keepOwnUrl = {
  name: "keep-own-import-meta-url",
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!args.path.startsWith(srcDir + path.sep)) return undefined;
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const twin = `./${path.relative(srcDir, args.path).split(path.sep).join("/").replace(/\.ts$/, ".js")}`;
      return { contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(twin)}, import.meta.url).href`), loader: "ts" };
    });
  },
};

await build({
  absWorkingDir: appDir,
  entryPoints: { main: "src/main.ts", cli: "src/cli.ts" },
  outdir: outDir,
  chunkNames: "[name]-[hash].chunk",
  bundle: true,
  // Shared code and the modules loaded on demand (demo data, CLI commands) become chunks, so a
  // start still loads only what it runs.
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  // Whitespace and syntax only: function names stay readable in stack traces and logs.
  // BUNDLE_READABLE=1 keeps the lines too, so that a CPU profile points at a line of code.
  minifyWhitespace: !process.env.BUNDLE_READABLE,
  minifySyntax: true,
  // PGlite loads its WebAssembly, file-system image and extensions relative to its own module;
  // pg-native is pg's optional native binding, which this project does not install.
  external: ["@electric-sql/pglite", "pg-native"],
  // Bundled CommonJS packages (pg, pino, iconv-lite) call require() for Node's built-ins.
  banner: { js: 'import { createRequire as __bundleCreateRequire } from "node:module"; const require = __bundleCreateRequire(import.meta.url);' },
  plugins: [keepOwnUrl],
  logLevel: "warning",
});

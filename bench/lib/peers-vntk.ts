/**
 * vntk (npm, CRF-based Vietnamese NLP toolkit) as a peer for bench/peers.ts.
 *
 * It is never a dependency of vietner: it is installed on demand into
 * bench/.peers/ (gitignored) and loaded with createRequire. Its NER pipeline is
 * regex tokenizer → CRF word segmentation → CRF POS → CRF chunking → CRF NER, all
 * run inside `ner.tag(rawText)`, which returns one row per word:
 * [word, pos, chunk, nerTag], the word's syllables joined by spaces, e.g.
 * ["Lào Cai", "Np", "B-NP", "B-LOC"].
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";

export const VNTK_VERSION = "1.4.4";

export interface VntkNer {
  tag(text: string): unknown;
}

export type VntkLoad =
  | { ok: true; ner: VntkNer; version: string; installSeconds?: number; loadMs: number }
  | { ok: false; reason: string; installSeconds?: number };

export interface VntkEntity {
  type: string;
  text: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function firstLine(s: string): string {
  return (
    s
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.trim() ?? s.trim()
  );
}

/** The most telling line of npm's output: its first "npm error" line that is not a bare field. */
function npmFailure(stderr: string, stdout: string): string {
  const lines = `${stderr}\n${stdout}`.split("\n").map((l) => l.trim());
  const errors = lines
    .filter((l) => /^npm (error|ERR!)\s+\S/i.test(l))
    .map((l) => l.replace(/^npm (error|ERR!)\s+/i, ""));
  const field = /^(code|syscall|errno|path|dest|command|cwd|signal|A complete log)\b/i;
  const code = errors.find((l) => /^code\s/i.test(l));
  const pick = errors.find((l) => !field.test(l));
  if (pick) return code && !pick.includes(code.slice(5)) ? `${code.slice(5)}: ${pick}` : pick;
  return code ?? lines.filter((l) => l !== "").at(-1) ?? "no output";
}

/**
 * Install vntk into `peersDir` when missing, then load its NER tagger.
 * `log` receives progress lines (one before a long install).
 */
export function loadVntk(peersDir: string, log: (line: string) => void): VntkLoad {
  const pkgDir = join(peersDir, "node_modules", "vntk");
  let installSeconds: number | undefined;
  if (!existsSync(join(pkgDir, "package.json"))) {
    log(
      `vntk: not installed; installing vntk@${VNTK_VERSION} into ${relative(process.cwd(), peersDir) || peersDir} (builds native code, about a minute)…`,
    );
    const t0 = performance.now();
    const res = spawnSync(
      "npm",
      ["install", "--prefix", peersDir, `vntk@${VNTK_VERSION}`, "--no-audit", "--no-fund"],
      { encoding: "utf8", timeout: 15 * 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    installSeconds = (performance.now() - t0) / 1000;
    if (res.error)
      return { ok: false, reason: `npm install failed: ${res.error.message}`, installSeconds };
    if (res.status !== 0) {
      return {
        ok: false,
        reason: `npm install exited with ${res.status ?? res.signal}: ${npmFailure(res.stderr, res.stdout)}`,
        installSeconds,
      };
    }
    if (!existsSync(join(pkgDir, "package.json"))) {
      return {
        ok: false,
        reason: "npm install succeeded but node_modules/vntk is missing",
        installSeconds,
      };
    }
  }
  const t0 = performance.now();
  try {
    const require = createRequire(join(peersDir, "package.json"));
    const meta: unknown = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
    const version = isRecord(meta) && typeof meta.version === "string" ? meta.version : "?";
    const mod: unknown = require(pkgDir);
    if (!isRecord(mod) || typeof mod.ner !== "function") {
      return { ok: false, reason: "the vntk module has no ner() function", installSeconds };
    }
    const ner: unknown = mod.ner();
    if (!isRecord(ner) || typeof ner.tag !== "function") {
      return {
        ok: false,
        reason: "vntk.ner() returned no tagger with a tag() method",
        installSeconds,
      };
    }
    const tagger: VntkNer = {
      tag: (text: string): unknown => (ner.tag as (t: string) => unknown).call(ner, text),
    };
    // A smoke call: the native CRF binding only fails here when it was not built.
    readEntities(tagger.tag("Ông Nguyễn Văn An đến Hà Nội."));
    return { ok: true, ner: tagger, version, installSeconds, loadMs: performance.now() - t0 };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: `loading vntk failed: ${firstLine(msg)}`, installSeconds };
  }
}

/**
 * Entities from vntk's rows [word, pos, chunk, nerTag]. An I- tag that does not
 * continue an entity of its type starts one (conlleval's reading).
 */
export function readEntities(rows: unknown): VntkEntity[] {
  if (!Array.isArray(rows))
    throw new Error(`vntk returned ${typeof rows}, expected an array of rows`);
  const spans: { type: string; words: string[] }[] = [];
  let open = false;
  for (const row of rows) {
    if (!Array.isArray(row) || typeof row[0] !== "string" || typeof row[3] !== "string") {
      throw new Error("vntk returned a row that is not [word, pos, chunk, tag]");
    }
    const m = /^([BI])-(.+)$/.exec(row[3]);
    const last = spans.at(-1);
    if (!m || m[2] === undefined) {
      open = false;
    } else if (m[1] === "I" && open && last !== undefined && last.type === m[2]) {
      last.words.push(row[0]);
    } else {
      spans.push({ type: m[2], words: [row[0]] });
      open = true;
    }
  }
  return spans.map((s) => ({
    type: s.type,
    text: s.words.join(" ").replace(/_/g, " ").replace(/\s+/g, " ").trim(),
  }));
}

/**
 * Sentences for vntk. Its feature extraction rebuilds the columns of the whole
 * sequence for every token and every template, so one call costs O(n²) in the
 * number of tokens: a whole article in one call is several times slower than the
 * same article sentence by sentence, which is how its README uses it.
 */
export function vntkSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n|\r/)) {
    for (const s of line.split(/(?<=[.!?…]["”»)]?)\s+(?=["“«(]?\p{Lu})/u)) {
      if (/[\p{L}\p{N}]/u.test(s)) out.push(s.trim());
    }
  }
  return out;
}

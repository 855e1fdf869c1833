import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { VietnerError } from "../errors.js";
import { createExtractor } from "../extractor.js";
import type { ExtractOptions } from "../schema/options.js";
import { type OutputFormat, toConll, toHtml } from "./formats.js";

const USAGE = `usage: vietner extract FILE|DIR|- [--format json|jsonl|conll|html] [--jsonl]
                       [--date YYYY-MM-DD] [--context PROVINCE] [--keep-boilerplate] [--pretty]`;

/** Bad input: one line on stderr, exit code 2. */
class UsageError extends Error {}

function readInput(path: string): string {
  let buf: Buffer;
  try {
    buf = path === "-" ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT" ? `no such file: ${path}` : `cannot read ${path}: ${code ?? e}`,
    );
  }
  if (buf.includes(0)) throw new UsageError(`not a text file (binary content): ${path}`);
  return buf.toString("utf8");
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...listFiles(p));
    else if (/\.(txt|html?|md|json)$/i.test(name)) out.push(p);
  }
  return out;
}

/** A .json input is a gold file or any object with a "text" field: extract its text. */
function textOf(path: string, raw: string): { text: string; options: ExtractOptions } {
  if (!path.endsWith(".json")) return { text: raw, options: {} };
  try {
    const obj = JSON.parse(raw) as { text?: unknown; date?: unknown; context?: unknown };
    if (typeof obj.text === "string") {
      const options: ExtractOptions = {};
      if (typeof obj.date === "string") options.date = obj.date;
      if (typeof obj.context === "string") options.context = obj.context;
      return { text: obj.text, options };
    }
  } catch {
    // not JSON after all: treat as text
  }
  return { text: raw, options: {} };
}

function progress(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write("\n");
}

export function main(argv: string[]): number {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string" },
        jsonl: { type: "boolean" },
        date: { type: "string" },
        context: { type: "string" },
        "keep-boilerplate": { type: "boolean" },
        pretty: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    process.stderr.write(`vietner: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const [command, target, ...rest] = positionals;
    if (command !== "extract" || target === undefined || rest.length > 0)
      throw new UsageError(USAGE);
    const format = (values.format ?? (values.jsonl ? "jsonl" : undefined)) as
      | OutputFormat
      | undefined;
    if (format !== undefined && !["json", "jsonl", "conll", "html"].includes(format)) {
      throw new UsageError(`unknown format "${format}" (json, jsonl, conll, html)`);
    }
    const options: ExtractOptions = {};
    if (typeof values.date === "string") options.date = values.date;
    if (typeof values.context === "string") options.context = values.context;
    if (values["keep-boilerplate"]) options.stripBoilerplate = false;
    const extractor = createExtractor(options);

    let files: string[];
    if (target === "-") files = ["-"];
    else {
      let st: ReturnType<typeof statSync>;
      try {
        st = statSync(target);
      } catch {
        throw new UsageError(`no such file or directory: ${target}`);
      }
      files = st.isDirectory() ? listFiles(target) : [target];
      if (st.isDirectory() && files.length === 0)
        throw new UsageError(`no .txt, .html or .json files in ${target}`);
    }
    const many = files.length > 1 || (target !== "-" && statSync(target).isDirectory());
    const fmt: OutputFormat = format ?? (many ? "jsonl" : "json");
    files.forEach((file, i) => {
      const { text, options: fileOptions } = textOf(file, readInput(file));
      const result = extractor.extract(text, fileOptions);
      if (fmt === "conll") process.stdout.write(`# ${file}\n${toConll(text, result)}\n`);
      else if (fmt === "html") process.stdout.write(toHtml(text, result));
      else if (fmt === "jsonl") process.stdout.write(`${JSON.stringify({ file, ...result })}\n`);
      else
        process.stdout.write(`${JSON.stringify(result, null, values.pretty === false ? 0 : 2)}\n`);
      if (many) progress(i + 1, files.length);
    });
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof VietnerError) {
      process.stderr.write(`vietner: ${e.message.split("\n")[0]}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));

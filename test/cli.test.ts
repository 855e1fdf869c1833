import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractionSchema } from "../src/index.js";
import { hasSharedCorpus, repoRoot, SKIP_SHARED, sharedCorpus } from "./helpers/shared.js";

function cli(args: string[], input?: string) {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", join(repoRoot, "src/cli/main.ts"), ...args],
    {
      cwd: repoRoot,
      input,
      encoding: "utf8",
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("vietner CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "vietner-cli-"));
  const article = join(dir, "a.txt");
  writeFileSync(
    article,
    "Hai tỉnh ký kết\nNgày 13/10, tại tỉnh Lào Cai, hai bên ký kết chương trình.\n",
  );

  it("prints one schema-valid JSON result for a file", () => {
    const r = cli(["extract", article]);
    expect(r.code).toBe(0);
    expect(extractionSchema.safeParse(JSON.parse(r.stdout)).success).toBe(true);
  });

  it("reads standard input with -", () => {
    const r = cli(["extract", "-", "--format", "jsonl"], "Sáng 14/7, tại Lai Châu.");
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("prints CoNLL (token and BIO tag per line) and a highlighted HTML page", () => {
    const text = "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Lào Cai, thăm xã Bát Xát.";
    const conll = cli(["extract", "-", "--format", "conll"], text);
    expect(conll.code).toBe(0);
    expect(conll.stdout).toContain("Nguyễn\tB-PER");
    expect(conll.stdout).toContain("An\tI-PER");
    expect(conll.stdout).toContain("UBND\tB-ORG");
    expect(conll.stdout).toContain("Bát\tB-LOC");
    const html = cli(["extract", "-", "--format", "html"], text);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/<mark title="PERSON[^"]*"[^>]*>Nguyễn Văn An<\/mark>/);
  });

  it("exits 2 with one line on bad input", () => {
    const bin = join(dir, "b.txt");
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    for (const args of [
      ["extract", join(dir, "missing.txt")],
      ["extract", bin],
      ["extract", article, "--format", "xml"],
      ["extract", article, "--date", "yesterday"],
      ["frobnicate"],
    ]) {
      const r = cli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n")[0]).toMatch(/^vietner: /);
    }
  });

  it.skipIf(!hasSharedCorpus)(
    "prints JSON Lines, one schema-valid result per seed file, for a directory",
    () => {
      if (!hasSharedCorpus) return console.warn(SKIP_SHARED);
      const r = cli(["extract", join(sharedCorpus, "seeds")]);
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split("\n");
      expect(lines).toHaveLength(5);
      for (const line of lines) {
        const { file: _file, ...result } = JSON.parse(line) as { file: string };
        expect(extractionSchema.safeParse(result).success).toBe(true);
      }
    },
  );
});

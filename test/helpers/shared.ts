import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The real annotated articles live beside the repo, never inside it. */
export const sharedCorpus = join(repoRoot, "..", "shared", "corpus");
export const hasSharedCorpus = existsSync(sharedCorpus);

export interface GoldFile {
  id: string;
  text: string;
  date?: string | null;
  context?: string | null;
  persons: { name: string; roles: { title: string; organization: string | null }[] }[];
  organizations: string[];
  locations: string[];
  agreements: {
    kind: string;
    parties: string[];
    period?: [number, number] | null;
    signedOn?: string | null;
    place?: string | null;
    subject?: string | null;
  }[];
}

export function readGoldDir(dir: string): (GoldFile & { file: string })[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({
      file: join(dir, f),
      ...(JSON.parse(readFileSync(join(dir, f), "utf8")) as GoldFile),
    }));
}

export function sharedGold(sub: "seeds" | "dev"): (GoldFile & { file: string })[] {
  return readGoldDir(join(sharedCorpus, sub));
}

export const SKIP_SHARED = "../shared/corpus is absent: tests on the real articles are skipped";

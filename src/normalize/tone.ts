/**
 * Tone placement of official usage. In an open syllable whose nucleus is "oa",
 * "oe" or "uy", the old style puts the tone on the second vowel ("hoà", "Uỷ",
 * "thuỷ"); official usage, and this library, put it on the first ("hòa", "Ủy",
 * "thủy"). Syllables with a final consonant ("hoàn"), with "qu" ("quý") or with a
 * third vowel ("khuya") are left alone. The rewrite never changes the length.
 */

const TONED_SECOND: Record<string, [string, number]> = {};
const PLAIN_FIRST: Record<string, string[]> = {
  o: ["ò", "ó", "ỏ", "õ", "ọ"],
  O: ["Ò", "Ó", "Ỏ", "Õ", "Ọ"],
  u: ["ù", "ú", "ủ", "ũ", "ụ"],
  U: ["Ù", "Ú", "Ủ", "Ũ", "Ụ"],
};
for (const [plain, toned] of [
  ["a", "àáảãạ"],
  ["A", "ÀÁẢÃẠ"],
  ["e", "èéẻẽẹ"],
  ["E", "ÈÉẺẼẸ"],
  ["y", "ỳýỷỹỵ"],
  ["Y", "ỲÝỶỸỴ"],
] as const) {
  for (let t = 0; t < 5; t++) TONED_SECOND[toned[t]!] = [plain, t];
}

// The syllable: optional initial consonants, then o/u + a toned a/e/y, at a word end.
const OLD_STYLE =
  /(?<![\p{L}\p{M}\p{N}])([bcdđghklmnprstvxBCDĐGHKLMNPRSTVX]{0,3})([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}\p{N}])/gu;

/** Quick reject: the text holds no toned a/e/y after o/u at all. */
const CANDIDATE = /[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]/u;

export function fixTonePlacement(text: string): string {
  if (!CANDIDATE.test(text)) return text;
  return text.replace(OLD_STYLE, (whole, initial: string, first: string, second: string) => {
    const [plain, tone] = TONED_SECOND[second]!;
    const isU = first === "u" || first === "U";
    // "ua", "ue" are not the oa/oe/uy nuclei; "qu" + y keeps its tone on y ("quý").
    if (isU && plain.toLowerCase() !== "y") return whole;
    if (!isU && plain.toLowerCase() === "y") return whole;
    if (isU && /[qQ]$/.test(initial)) return whole;
    return initial + PLAIN_FIRST[first]![tone] + plain;
  });
}

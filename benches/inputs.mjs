// Benchmark inputs made from the seed articles (../shared/seeds/*.txt from the repository
// root, never committed): one long text, or many articles. Sizes are in bytes of UTF-8.

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const seedsDir = path.join(root, "../shared/seeds");

/** The *.txt files of `dir` as {name, text} in name order, trimmed; null if the folder does not exist. */
export async function readSeeds(dir = seedsDir) {
  let names;
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort();
  } catch (e) {
    if (e.code === "ENOENT") return null;
    throw e;
  }
  return Promise.all(names.map(async (name) => ({ name, text: (await readFile(path.join(dir, name), "utf8")).trim() })));
}

/** `seed` repeated, joined by blank lines, cut to at most `size` UTF-8 bytes at a character
 *  boundary (as the native bench does). */
export function repeatText(seed, size) {
  const parts = [];
  let length = 0;
  const seedBytes = Buffer.byteLength(seed);
  while (length < size) {
    length += (parts.length ? 2 : 0) + seedBytes;
    parts.push(seed);
  }
  const bytes = Buffer.from(parts.join("\n\n"));
  let end = Math.min(size, bytes.length);
  while (end < bytes.length && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.toString("utf8", 0, end);
}

/** `count` articles taken from `seeds` in turn (texts only, as they are). */
export function repeatArticles(seeds, count) {
  return Array.from({ length: count }, (_, i) => seeds[i % seeds.length].text);
}

/** The UTF-8 bytes of one text or of a list of texts. */
export function bytesOf(input) {
  return Array.isArray(input) ? input.reduce((sum, t) => sum + Buffer.byteLength(t), 0) : Buffer.byteLength(input);
}

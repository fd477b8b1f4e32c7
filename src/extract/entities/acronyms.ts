// Acronyms and the names they stand for: "World Tajik Congress (WTC)", "…Harbour Safety, or OSEHS".
// The matcher follows Schwartz & Hearst (2003): the short form's letters, in order, come from the long
// form, the first letter from the start of its first word. It is stricter on one point: every content
// word of the long form must give at least its first letter, so "of the Special Envoy…" cannot
// stand in for "Office of the Special Envoy…".
import { fold, remembered } from '../nlp/text.ts';

const FUNCTION_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'at', 'to', 'a', 'an', 'de', 'du', 'des', 'la', 'le', 'del', 'di', 'da', 'von', 'van', 'der', '&', 'und', 'et', 'y']);

/** The letters of an acronym: "U.N." → "un", "UNICEF" → "unicef". */
export const acronymLetters = remembered((text: string): string => {
  // "NGOs", "PCs": the plural's "s" is no letter of the acronym
  const singular = /\p{Lu}{2,}s$/u.test(text.replace(/\./g, '')) ? text.replace(/s$/, '') : text;
  return fold(singular).replace(/[^\p{L}\p{N}]/gu, '');
});

/** Does this word look like an acronym: 2–8 letters, all capitals (dots allowed, a plural "s" allowed)? */
export const looksLikeAcronym = remembered((text: string): boolean => {
  const core = text.replace(/\./g, '').replace(/(?<=\p{Lu}{2,})s$/u, '');
  if (/^[\p{Lu}&][\p{Lu}\p{N}&]{1,7}$/u.test(core) && /\p{Lu}.*\p{Lu}/u.test(core)) return true;
  // "MaT", "DfID": short, with more capitals than small letters
  return core.length <= 5 && /^\p{Lu}[\p{L}]+$/u.test(core) && /\p{Lu}$/u.test(core) && (core.match(/\p{Lu}/gu) ?? []).length >= 2;
});

/**
 * Where, in `words`, the long form of `acronym` starts, such that it runs to the last word; null when
 * no suffix of `words` spells the acronym. Shorter long forms are preferred.
 */
export function longFormStart(acronym: string, words: readonly string[], inner = true): number | null {
  const letters = acronymLetters(acronym);
  if (letters.length < 2) return null;
  const folded = words.map((w) => fold(w).replace(/[^\p{L}\p{N}&-]/gu, ''));
  const maxWords = Math.min(letters.length + 5, letters.length * 2 + 1);
  for (let start = folded.length - 1; start >= Math.max(0, folded.length - maxWords); start--) {
    const first = folded[start]!;
    if (!first || FUNCTION_WORDS.has(first)) continue;
    if (spells(letters, 0, folded, start, inner)) return start;
  }
  return null;
}

/** Do the words from `w` on spell `letters` from `l` on, each content word giving at least its first letter? */
function spells(letters: string, l: number, words: readonly string[], w: number, inner: boolean): boolean {
  if (w === words.length) return l === letters.length;
  const word = words[w]!;
  const parts = word.split('-').filter(Boolean);
  const content = !FUNCTION_WORDS.has(word);
  // A function word may give nothing, or its first letter ("Voice of America" → VOA).
  if (!content && spells(letters, l, words, w + 1, inner)) return true;
  if (l >= letters.length) return false;
  // The word gives its first letter, then perhaps more of its own letters in order (or the initials of
  // its hyphenated parts): "UN" + "HCR" from "UN High Commissioner for Refugees".
  if (letters[l] !== parts[0]?.[0]) return false;
  const candidates = new Set<number>([l + 1]);
  // initials of the word's hyphenated parts: "Government-in-Exile" → G(E)
  let h = l + 1;
  for (const part of parts.slice(1)) {
    if (letters[h] === part[0]) candidates.add(++h);
    else if (!FUNCTION_WORDS.has(part)) break;
  }
  // further letters taken from inside the word, in order
  let k = l + 1;
  let pos = 1;
  const flat = parts.join('');
  while (inner && k < letters.length) {
    const at = flat.indexOf(letters[k]!, pos);
    if (at < 0) break;
    pos = at + 1;
    k++;
    candidates.add(k);
  }
  for (const next of [...candidates].sort((a, b) => a - b)) if (spells(letters, next, words, w + 1, inner)) return true;
  return false;
}

/** Is `acronym` the initials of the whole of `name` ("RMW" of "Rights Monitor Watch"; function words may
 * give their initial or not)? Used where no text defines the acronym, so inner letters do not count. */
export function spellsName(acronym: string, name: string): boolean {
  const words = name.replace(/\./g, '. ').split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  return longFormStart(acronym, words, false) === 0;
}

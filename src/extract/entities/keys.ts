// Keys under which two written forms of a name count as the same name, within an article and across
// the archive: accents, case, dots of acronyms, a leading "the", and "China’s" for "Chinese".
import { NAME_CONNECTORS, ORG_HEADS, countryOf, demonymCountry, isLexiconOrganisation, isOutlet } from '../nlp/lexicon.ts';
import { nameKey, nameWords, remembered } from '../nlp/text.ts';
import { acronymLetters, looksLikeAcronym } from './acronyms.ts';

/** The comparison key of a name: "the U.N.’s" → "un", "China’s foreign ministry" → "chinese foreign ministry". */
export const entityKey = remembered((text: string): string => {
  const possessive = /^(.+?)['’]s\s+(.+)$/u.exec(text.trim());
  if (possessive) {
    const country = countryOf(possessive[1]!);
    if (country) return nameKey(`${country.demonym} ${possessive[2]!}`);
  }
  if (looksLikeAcronym(text.trim())) return acronymLetters(text);
  return nameKey(text);
});

/** The words of a name's key. */
export function keyWords(text: string): string[] {
  const k = entityKey(text);
  return k ? k.split(' ') : [];
}

export { nameKey, nameWords };

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Two spellings of one name by transliteration ("Tadjik"/"Tajik", "Mohammad"/"Muhammad"): the same
 * number of words, all equal but one, and that one differs by a single letter in a word of five or more.
 */
export function transliterationVariants(a: string, b: string, people = false): boolean {
  const wa = keyWords(a);
  const wb = keyWords(b);
  if (wa.length !== wb.length || wa.length < 2) return false;
  let differing = 0;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    differing++;
    const x = wa[i]!;
    const y = wb[i]!;
    if (differing > 1 || Math.min(x.length, y.length) < 5 || x[0] !== y[0] || editDistance(x, y, 1) > 1) return false;
    // "Clark" and "Clarke", "Philips" and "Phillips" are two families: in people's names only a vowel
    // written another way ("Mohammed"/"Muhammed") or an "h" or "y" more ("Zelensky"/"Zelenskyy") is a spelling
    if (people && !spellingOfOneName(x, y)) return false;
  }
  return differing === 1;
}

/** One word of a person's name spelt two ways ("Zelensky"/"Zelenskyy"), by the rule above. */
export function spellingVariant(x: string, y: string): boolean {
  return x !== y && Math.min(x.length, y.length) >= 5 && x[0] === y[0] && editDistance(x, y, 1) <= 1 && spellingOfOneName(x, y);
}

const VOWELS = /^[aeiouy]$/;

/** Words one letter apart by a vowel written another way, or by an "h" or "y" more or less. */
function spellingOfOneName(x: string, y: string): boolean {
  if (x.length === y.length) {
    const at = [...x].findIndex((ch, i) => ch !== y[i]);
    return VOWELS.test(x[at]!) && VOWELS.test(y[at]!);
  }
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  let at = 0;
  while (at < short.length && short[at] === long[at]) at++;
  return long[at] === 'h' || long[at] === 'y';
}

const MODIFIER_PREFIX = (w: string) => !!countryOf(w) || !!demonymCountry(w) || w === 'un' || w === 'eu' || w === 'us';

/** Is `short` a shorter way of writing `long`: a suffix of it, or the same head with fewer modifiers? */
export function shorterForm(short: readonly string[], long: readonly string[]): boolean {
  if (!short.length || short.length > long.length) return false;
  const content = (ws: readonly string[]) => ws.filter((w) => !NAME_CONNECTORS.has(w));
  // one word: "Harvard" for "Harvard University", "Amnesty" for "Amnesty International"
  if (short.length === 1) {
    // (not "Microsoft" for "Microsoft Office" or "Google" for "Google News": those name bodies of their own)
    return long.length >= 2 && long.length <= 4 && long[0] === short[0] && long.slice(1).every((w) => ORG_HEADS.has(w)) && !ORG_HEADS.has(short[0]!)
      && !isLexiconOrganisation(short[0]!) && !isOutlet(short[0]!);
  }
  // prefix: "Sierra Vista" of "Sierra Vista Corporation"
  if (short.length < long.length && short.every((w, i) => long[i] === w) && long.slice(short.length).every((w) => ORG_HEADS.has(w)) && !ORG_HEADS.has(short[short.length - 1]!)) return true;
  // suffix: "Foreign Ministry" of "Chinese Foreign Ministry", "State Department" of "U.S. State Department"
  if (short.length < long.length && short.every((w, i) => long[long.length - short.length + i] === w)) {
    return long.slice(0, long.length - short.length).every(MODIFIER_PREFIX) || short.length >= 2;
  }
  // same head, fewer modifiers: "U.N. Refugee Office" ~ "Office of the High Commissioner for Refugees",
  // but never two countries' bodies: "Syrian defense ministry" is not the "Russian Defense Ministry"
  const nations = (ws: readonly string[]) => new Set(ws.map((w) => (countryOf(w) ?? demonymCountry(w))?.name).filter(Boolean));
  const ns = nations(short);
  const nl = nations(long);
  if (ns.size && nl.size && ![...ns].some((x) => nl.has(x))) return false;
  const s = content(short).filter((w, i) => !(i === 0 && MODIFIER_PREFIX(w)));
  const head = s[s.length - 1];
  if (!head || !ORG_HEADS.has(head) || s.length < 2) return false;
  const connector = long.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for' || w === 'on'));
  const longHead = connector > 0 ? long[connector - 1] : long[long.length - 1];
  if (longHead !== head) return false;
  const l = new Set(content(long));
  return s.every((w) => l.has(w));
}


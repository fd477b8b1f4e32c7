// Gathers the mentions of one article into entities: a surname joins the full name it stands for,
// an acronym the name it abbreviates, "Foreign Ministry" the "Chinese Foreign Ministry" of the same text.
import type { Analysis } from '../nlp/analyse.ts';
import { GOVERNMENT_WORDS, LOWERCASE_HEADS, NAME_CONNECTORS, ORG_HEADS } from '../nlp/lexicon.ts';
import nicknameData from '../data/nicknames.json' with { type: 'json' };
import { accentCount } from '../nlp/text.ts';
import { acronymLetters, spellsName } from './acronyms.ts';
import { entityKey, keyWords, shorterForm, spellingVariant, transliterationVariants } from './keys.ts';
import { surface, type Mention, type MentionKind, type MentionResult } from './mentions.ts';
import { UnionFind } from './unionFind.ts';

export interface EntityGroup {
  kind: MentionKind;
  name: string;
  forms: string[];
  mentions: Mention[];
  gender?: 'male' | 'female';
}

export function groupMentions(a: Analysis, result: MentionResult): EntityGroup[] {
  const mentions = [...result.mentions];
  addAnaphors(a, mentions, result);
  const uf = new UnionFind(mentions.length);
  const index = new Map(mentions.map((m, i) => [m, i]));
  const of = (kind: MentionKind) => mentions.map((m, i) => [m, i] as const).filter(([m]) => m.kind === kind);

  // Same key: accents, case and dots aside, the same name.
  const byKey = new Map<string, number>();
  const lonePerson = (m: Mention) => m.kind === 'person' && keyWords(m.text).length === 1;
  mentions.forEach((m, i) => {
    // A bare surname is joined to its full name one mention at a time ("Howard" may be Michael or John)
    if (lonePerson(m)) return;
    const key = `${m.kind}:${entityKey(m.text)}`;
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, i);
    else uf.union(seen, i);
  });

  // Acronyms defined in the text.
  for (const d of result.definitions) {
    if (!d.longForm) continue;
    const acr = mentions.findIndex((m) => m.start === d.at);
    const long = index.get(d.longForm);
    if (acr >= 0 && long !== undefined) uf.union(acr, long);
  }

  groupPeople(of('person'), uf);
  groupOrganisations(of('organisation'), uf);
  // bare surnames that no full name took: one entity per surname
  const size = new Map<number, number>();
  mentions.forEach((_, i) => size.set(uf.find(i), (size.get(uf.find(i)) ?? 0) + 1));
  const lone = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (!lonePerson(m) || size.get(uf.find(i)) !== 1) return;
    const key = entityKey(m.text);
    const seen = lone.get(key);
    if (seen === undefined) lone.set(key, i);
    else uf.union(seen, i);
  });

  const out: EntityGroup[] = [];
  for (const members of uf.groups()) {
    const group = makeGroup(members.map((i) => mentions[i]!));
    if (group) out.push(group);
  }
  return out;
}

// ---------- people ----------

/** One mention per distinct written form: mentions of one form are joined already, so comparing forms is enough. */
function distinct(list: ReadonlyArray<readonly [Mention, number]>): Array<readonly [Mention, number]> {
  const seen = new Map<string, readonly [Mention, number]>();
  for (const entry of list) {
    const key = entityKey(entry[0].text);
    if (!seen.has(key)) seen.set(key, entry);
  }
  return [...seen.values()];
}

function groupPeople(people: ReadonlyArray<readonly [Mention, number]>, uf: UnionFind): void {
  const full = people.filter(([m]) => keyWords(m.text).length >= 2);
  const forms = distinct(full);
  // "Rafael Lima" and "Rafael Costa Lima"; "Jonas Makela" and "Jonas Mäkelä" (same key already)
  for (let x = 0; x < forms.length; x++) {
    for (let y = x + 1; y < forms.length; y++) {
      const wa = personWords(forms[x]![0].text);
      const wb = personWords(forms[y]![0].text);
      if (!wa.length || !wb.length) continue;
      // "Pat Quill" and "Patrick W. Quill Jr.": a short given name, a middle initial and a suffix aside
      const sameEnds = sameGivenName(wa[0]!, wb[0]!) && wa[wa.length - 1] === wb[wb.length - 1];
      // (the family name compared with every word: "O'Dell" of "Ann O'Dell", whose "O" is no middle initial)
      const ka = keyWords(forms[x]![0].text);
      const kb = keyWords(forms[y]![0].text);
      const ia = wa.slice(1);
      const ib = wb.slice(1);
      if ((sameEnds && (ia.every((w) => ib.includes(w)) || ib.every((w) => ia.includes(w)))) || transliterationVariants(forms[x]![0].text, forms[y]![0].text) || familyNameOf(ka, kb) || familyNameOf(kb, ka)) {
        uf.union(forms[x]![1], forms[y]![1]);
      }
    }
  }
  // "J Reeve" in a team list and "Jason Reeve" in the report: one person, when one full name fits the initial
  for (const [m, i] of forms) {
    const w = keyWords(m.text);
    if (w.length !== 2 || w[0]!.length !== 1) continue;
    const fits = forms.filter(([o]) => {
      const ow = personWords(o.text);
      return ow.length >= 2 && ow[0]!.length > 1 && ow[0]!.startsWith(w[0]!) && ow[ow.length - 1] === w[1];
    });
    if (fits.length === 1) uf.union(i, fits[0]![1]);
  }
  // A single word: the surname (or first name) of the full name nearest before it.
  const byLast = new Map<string, Array<readonly [Mention, number]>>();
  const byFirst = new Map<string, Array<readonly [Mention, number]>>();
  for (const entry of full) {
    const fw = personWords(entry[0].text).filter((w) => !NAME_CONNECTORS.has(w));
    if (!fw.length) continue;
    for (const [map, w] of [[byLast, fw[fw.length - 1]!], [byFirst, fw[0]!]] as const) {
      const list = map.get(w) ?? [];
      list.push(entry);
      map.set(w, list);
    }
  }
  for (const [m, i] of people) {
    const words = keyWords(m.text);
    if (words.length !== 1) continue;
    // (or a surname spelt another way: "Zelenskyy" after "Ivan Zelensky")
    const variant = byLast.has(words[0]!) ? undefined : [...byLast.keys()].find((w) => spellingVariant(w, words[0]!));
    const target = nearest(byLast.get(words[0]!), m.start, uf) ?? nearest(byFirst.get(words[0]!), m.start, uf) ?? (variant ? nearest(byLast.get(variant), m.start, uf) : undefined);
    if (target !== undefined) uf.union(i, target);
  }
}

/** Words that open a family name of several words: "Van Der Beek", "De la Cruz", "bin Salman". */
const FAMILY_NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'st', 'ter', 'ten', 'dos', 'das']);

/** "Van Der Beek" is the family name of "James Van Der Beek": the full name without its given name, opening with a particle or of two words. */
function familyNameOf(short: readonly string[], long: readonly string[]): boolean {
  // (or two words after a given name: "Eriksson Ek" of "Joel Eriksson Ek")
  return short.length >= 2 && short.length === long.length - 1 && (FAMILY_NAME_PARTICLES.has(short[0]!) || short.length === 2) && short.every((w, i) => long[i + 1] === w);
}

const SUFFIXES = new Set(nicknameData.suffixes);
const NICKNAMES = new Map<string, readonly string[]>(Object.entries(nicknameData.nicknames));

/** A person's name words without a generational suffix ("Jr.") or middle initials. */
function personWords(text: string): string[] {
  const words = keyWords(text);
  return words.filter((w, i) => !(i > 0 && (SUFFIXES.has(w) || (w.length === 1 && i < words.length - 1))));
}

/** The same given name, or one a short form of the other ("Pat" of "Patrick"). */
function sameGivenName(a: string, b: string): boolean {
  return a === b || !!NICKNAMES.get(a)?.includes(b) || !!NICKNAMES.get(b)?.includes(a);
}

/** Of several full-name mentions (in text order), the one nearest before `at`, else the first after it. */
function nearest(matches: ReadonlyArray<readonly [Mention, number]> | undefined, at: number, uf: UnionFind): number | undefined {
  if (!matches?.length) return undefined;
  let lo = 0;
  let hi = matches.length - 1;
  let before = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]![0].start < at) {
      before = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (before >= 0) return matches[before]![1];
  void uf;
  return matches[0]![1];
}

// ---------- organisations ----------

function groupOrganisations(orgs: ReadonlyArray<readonly [Mention, number]>, uf: UnionFind): void {
  const multi = distinct(orgs.filter(([m]) => !m.acronym && keyWords(m.text).length >= 2));
  const forms = distinct(orgs);

  // An acronym the text never defines: the initials of one named organisation ("HRW", "U.N.").
  for (const [m, i] of forms) {
    if (!m.acronym) continue;
    const roots = new Set<number>();
    for (const [o, j] of multi) if (!o.descriptive && spellsName(m.text, o.text)) roots.add(uf.find(j));
    if (roots.size === 1) uf.union(i, [...roots][0]!);
  }

  // The shorter form of a name: "Foreign Ministry" of "Chinese Foreign Ministry", "Human Rights Office"
  // of "Office of the Special Envoy for Harbour Safety", "Harvard" of "Harvard University".
  for (const [m, i] of forms) {
    if (m.acronym) continue;
    const words = keyWords(m.text);
    const roots = new Set<number>();
    for (const [o, j] of multi) {
      if (o === m) continue;
      const other = keyWords(o.text);
      if (other.length <= words.length && !(m.descriptive && !o.descriptive)) continue;
      if (shorterForm(words, other)) roots.add(uf.find(j));
    }
    roots.delete(uf.find(i));
    if (roots.size === 1) uf.union(i, [...roots][0]!);
  }

  // Transliteration variants within one text.
  for (let x = 0; x < multi.length; x++) {
    for (let y = x + 1; y < multi.length; y++) if (transliterationVariants(multi[x]![0].text, multi[y]![0].text)) uf.union(multi[x]![1], multi[y]![1]);
  }
}

// ---------- anaphors: "the rights office", "the ministry" ----------

/**
 * "the rights office" after "UN Human Rights Office": a lower-case description that repeats the end of a
 * named organisation's name. It joins that organisation; with an acronym in brackets after it, so does the acronym.
 */
function addAnaphors(a: Analysis, mentions: Mention[], result: MentionResult): void {
  const tokens = a.tokens;
  const named = [...new Map(mentions.filter((m) => m.kind === 'organisation' && !m.acronym && keyWords(m.text).length >= 2).map((m) => [entityKey(m.text), m])).values()];
  if (!named.length) return;
  const taken = new Set<number>();
  for (const m of mentions) for (let i = m.start; i < m.end; i++) taken.add(i);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.key !== 'the') continue;
    let j = i + 1;
    let head = -1;
    while (j < tokens.length && j <= i + 4 && tokens[j]!.word && !tokens[j]!.cap && !taken.has(j)) {
      if (LOWERCASE_HEADS.has(tokens[j]!.key) || ORG_HEADS.has(tokens[j]!.key)) head = j;
      if (tokens[j]!.possessive) break;
      j++;
    }
    if (head < 0 || GOVERNMENT_WORDS.has(tokens[head]!.key)) continue;
    const words = tokens.slice(i + 1, head + 1).map((t) => t.key);
    const matches = new Set<string>();
    for (const o of named) {
      const ow = keyWords(o.text);
      if (ow.length > words.length && words.every((w, k) => ow[ow.length - words.length + k] === w)) matches.add(entityKey(o.text));
    }
    if (matches.size !== 1) continue;
    const anaphor: Mention = {
      kind: 'organisation',
      start: i + 1,
      end: head + 1,
      text: surface(a, i + 1, head + 1),
      evidence: new Set(['anaphor']),
      acronym: false,
      descriptive: true,
    };
    const target = named.find((o) => entityKey(o.text) === [...matches][0])!;
    // joined to its antecedent through the definitions list, like an acronym
    mentions.push(anaphor);
    result.definitions.push({ acronym: anaphor.text, longForm: target, at: anaphor.start });
    const acr = mentions.find((m) => m.acronym && m.start === head + 2 && tokens[head + 1]?.text === '(');
    if (acr) result.definitions.push({ acronym: acr.text, longForm: target, at: acr.start });
  }
}

// ---------- naming ----------

function makeGroup(list: Mention[]): EntityGroup | null {
  const kind = list[0]!.kind;
  // a group of only lone single words that were never more than modifiers is no entity of its own
  const ranked = [...list].sort((x, y) => rank(y) - rank(x) || x.start - y.start);
  const best = ranked[0]!;
  const forms: string[] = [];
  for (const m of [...list].sort((x, y) => x.start - y.start)) {
    if (m.descriptive && keyWords(m.text).length < 2) continue;
    if (!forms.includes(m.text)) forms.push(m.text);
  }
  if (!forms.includes(best.text)) forms.unshift(best.text);
  const group: EntityGroup = { kind, name: best.text, forms, mentions: list.sort((x, y) => x.start - y.start) };
  const gender = list.find((m) => m.gender)?.gender;
  if (gender) group.gender = gender;
  return group;
}

/** How good a form is as the entity's name: the fullest, named rather than described, accented. */
function rank(m: Mention): number {
  const keys = keyWords(m.text);
  // (an initial says less than the given name it stands for: "Ben Colby" over "B Colby")
  const initials = keys.filter((w) => w.length === 1).length;
  return (m.descriptive ? 0 : 1000) + (m.acronym ? 0 : 100) + keys.length * 10 - initials * 3 + Math.min(accentCount(m.text), 9) - (/^\p{Ll}/u.test(m.text) ? 5 : 0);
}

export { acronymLetters };

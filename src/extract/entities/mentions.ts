// Finds the places in an article where a person or an organisation is named: capitalised word
// sequences cut at titles and split from their modifiers, then typed by head words, name lists and
// the cues around them ("spokesperson X", "X, a lawyer,", "X said", "told X", "X (ACR)").
import { stopwordsFor } from '../../clean/stopwords.ts';
import type { Analysis, Token } from '../nlp/analyse.ts';
import {
  COMPANY_TITLES, CORPORATE_TITLES, EAST_ASIAN_SURNAMES, GENERIC_ALONE, GOVERNMENT_BODIES, HONORIFICS, JOIN_ON, KINSHIP, LOWERCASE_HEADS,
  NAME_CONNECTORS, NON_ENTITY_ACRONYMS, POST_NOMINALS, ORG_DESCRIPTORS, ORG_HEADS, OTHER_HEADS, PLACE_HEADS, ORG_OPENERS, PEOPLE_MODIFIERS, PEOPLES, POSITIONS, PRODUCT_WORDS, TEAM_SPORT_WORDS, TITLE_MODIFIERS, TITLES, US_STATES, US_STATE_NAMES, PARTY_LABELS, PARTY_FORMS, INSTITUTIONS, NEWSPAPER_WORDS, REGION_WORDS, TRADE_PLURALS, WORK_NOUNS, EVENT_NOUNS, SPORT_NAMES, COMMODITIES, isOutlet, isWeakOutlet,
  countryOf, demonymCountry, firstNameGender, isCalendarWord, isCommonWord, isDateWord, isEnglishWord, isFirstName, isFunctionWord, isHyphenatedFirstName, isKnownPerson,
  isJobNoun, isLastName, isLexiconOrganisation, isNamePart, isLexiconPlace, isRoleNoun, lexiconTags, speechVerbBase,
} from '../nlp/lexicon.ts';
import { isPinyin } from '../nlp/pinyin.ts';
import { fold, nameKey } from '../nlp/text.ts';
import { acronymLetters, longFormStart, looksLikeAcronym, spellsName } from './acronyms.ts';

export type MentionKind = 'person' | 'organisation';

export interface Mention {
  kind: MentionKind;
  /** Token range [start, end) in the analysis. */
  start: number;
  end: number;
  /** The words as written (without a possessive ending). */
  text: string;
  /** Why we think so: `first-name`, `title`, `role`, `appositive`, `speech`, `head`, `acronym`, … */
  evidence: Set<string>;
  acronym: boolean;
  /** A lower-case description ("the U.N. human rights office", "China’s foreign ministry"). */
  descriptive?: boolean;
  /** The organisation in front of a title ("U.N." in "U.N. Special Envoy … X"). */
  modifier?: boolean;
  gender?: 'male' | 'female';
  /** The title the text gives a person right before the name ("president", "senator"). */
  title?: string;
}

/** An acronym defined in the text, with the mention of its long form. */
export interface AcronymDefinition {
  acronym: string;
  /** The mention the acronym was defined against, or null for a long form that names no entity. */
  longForm: Mention | null;
  /** Token index of the acronym. */
  at: number;
}

export interface MentionResult {
  mentions: Mention[];
  definitions: AcronymDefinition[];
}

type Range = { start: number; end: number };
type Kind = 'person' | 'organisation' | 'place' | 'other' | 'unknown';
interface Candidate extends Range {
  kind: Kind;
  evidence: Set<string>;
  acronym: boolean;
  modifier?: boolean;
  title?: string;
  /** Shaped like a name of two or three words: compromise's tags may show a person (see `taggerReadsPerson`). */
  askTagger?: boolean;
}

/** Words for an organisation's people that follow its name: "Taliban spokesman", "Hamas officials". */
const ORG_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'fighters', 'militants', 'commander', 'commanders', 'members', 'leadership', 'negotiators', 'delegation', 'representatives', 'executives', 'employees', 'staff', 'lawyers', 'shareholders', 'investors']);
const OPEN_MARKS = new Set(['“', '"', '‘', '«']);
const CLOSE_MARKS = new Set(['”', '"', '’', '»', "'"]);
const TIME_WORDS = new Set(['earlier', 'later', 'this', 'last', 'next', 'week', 'month', 'year', 'on', 'also', 'previously', 'recently', 'then', 'has', 'had', 'have', 'was', 'once', 'again', 'told']);
/** Verbs after a name that show it is someone who speaks: "Okonjo said", "Holm reports". */
const NAME_CUE_VERBS = new Set(['say', 'tell', 'add', 'state', 'note', 'write', 'argue', 'claim', 'insist', 'explain', 'warn', 'comment', 'remark', 'stress', 'emphasise', 'acknowledge', 'admit', 'concede', 'recall', 'recount', 'observe', 'conclude', 'tweet', 'testify', 'assert', 'contend', 'complain', 'lament', 'reiterate', 'counter', 'reply', 'respond', 'announce', 'declare', 'report', 'urge', 'demand', 'deny', 'accuse', 'describe', 'predict', 'vow', 'pledge', 'plead', 'suggest', 'caution', 'speak', 'disclose']);
const isNameCueVerb = (key: string) => NAME_CUE_VERBS.has(speechVerbBase(key) ?? '');
/** What says a name is a person's beyond its shape: a title, an honorific, a role, an age. */
const NAMED_PERSON_EVIDENCE = new Set(['title', 'honorific', 'role', 'appositive', 'age', 'kinship', 'known-person', 'post-nominal']);
const PERSON_EVIDENCE = new Set(['owner', 'name-parts', 'name-shape', 'tagger-person', 'first-name', 'title', 'honorific', 'role', 'appositive', 'age', 'kinship', 'surname-list', 'last-name', 'known-person', 'post-nominal']);

export function findMentions(a: Analysis): MentionResult {
  const tokens = a.tokens;
  const text = (r: Range) => surface(a, r.start, r.end);
  const candidates: Candidate[] = [];

  const chunks = findChunks(tokens);
  // A heading or a link's text in Title Case ("Keeper Equates Firing With Theft") capitalises every word:
  // there, only names the article also writes in ordinary sentences count.
  const headingLike = titleCaseSentences(a);
  const inProse = new Set(chunks.filter((r) => !headingLike.has(tokens[r.start]!.sentence)).map((r) => surface(a, r.start, r.end)));
  for (const chunk of chunks) {
    if (headingLike.has(tokens[chunk.start]!.sentence) && !inProse.has(surface(a, chunk.start, chunk.end))) continue;
    // “Mary Poppins”, “Star Wars”: a title in quotation marks names a work, not a person or a body
    const before = tokens[chunk.start - 1];
    const after = tokens[chunk.end];
    if (before && after && OPEN_MARKS.has(before.text) && CLOSE_MARKS.has(after.text) && chunk.end - chunk.start >= 2) continue;
    for (const c of analyseChunk(a, chunk)) candidates.push(c);
  }
  addContextEvidence(a, candidates);

  // Acronyms defined in the text decide their own kind through their long form.
  const definitions = findDefinitions(a, candidates);
  // …and every other use of the same acronym in the article with them
  const otherAcronyms = new Set(candidates.filter((c) => c.evidence.has('definition-other')).map((c) => tokens[c.start]!.key.replace(/\./g, '')));
  for (const c of candidates) if (c.acronym && otherAcronyms.has(tokens[c.start]!.key.replace(/\./g, ''))) c.evidence.add('definition-other');

  // Decide each candidate's kind from its evidence.
  for (const c of candidates) if (c.kind === 'unknown') c.kind = decide(a, c);
  // a two-letter abbreviation nothing explains ("AC", "TL;DR") is not taken for an organisation
  const orgNames = candidates.filter((c) => c.kind === 'organisation' && !c.acronym).map((c) => surface(a, c.start, c.end));
  for (const c of candidates) {
    if (!c.acronym || c.kind !== 'organisation') continue;
    const text = tokens[c.start]!.text;
    if (text.length === 2 && !c.evidence.has('lexicon-org') && !c.evidence.has('definition') && !['told', 'speech', 'employer', 'descriptor'].some((x) => c.evidence.has(x)) && !orgNames.some((n) => spellsName(text, n))) c.kind = 'other';
  }

  speakingThings(a, candidates);
  inSeries(a, candidates);
  // the leading acronym of a name that turned out an organisation's is no body of its own
  for (const c of candidates) {
    if (!c.evidence.has('leading')) continue;
    if (candidates.some((o) => o !== c && o.kind === 'organisation' && o.start === c.start && o.end > c.end)) c.kind = 'other';
  }
  ownedNoPerson(a, candidates);
  workTitles(a, candidates);
  const sport = sportWords(a);
  sportsTeams(a, candidates, sport);
  placeClubs(a, candidates, sport);
  // Single words and two-word names that repeat the name of a person or organisation found elsewhere.
  promoteByReference(a, candidates);
  companyShortNames(a, candidates);

  const mentions: Mention[] = [];
  for (const c of candidates) {
    if (c.kind !== 'person' && c.kind !== 'organisation') continue;
    const m: Mention = { kind: c.kind, start: c.start, end: c.end, text: c.kind === 'organisation' ? nameWithS(a, c) : text(c), evidence: c.evidence, acronym: c.acronym };
    if (c.modifier) m.modifier = true;
    if (c.title) m.title = c.title;
    if (c.kind === 'person') {
      // a given name says whether "he" or "she" can stand for the person; a family name first ("Zhou Ming") says nothing
      const g = EAST_ASIAN_SURNAMES.has(tokens[c.start]!.key) ? null : firstNameGender(tokens[c.start]!.key);
      if (g && c.end - c.start > 1) m.gender = g;
    }
    mentions.push(m);
  }
  for (const m of findDescriptiveOrganisations(a, mentions)) mentions.push(m);
  for (const m of findParties(a, mentions)) mentions.push(m);
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);

  const byRange = new Map(mentions.map((m) => [`${m.start}:${m.end}`, m]));
  const defs: AcronymDefinition[] = definitions.map((d) => ({
    acronym: d.acronym,
    at: d.at,
    longForm: d.longForm ? (byRange.get(`${d.longForm.start}:${d.longForm.end}`) ?? null) : null,
  }));
  return { mentions, definitions: defs };
}

/** Verbs that follow a subject, never a possessive's noun. */
const SUBJECT_VERBS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'did', 'does', 'said', 'says']);
/** Marks after which an "’s" owns nothing: "stores like Hobb’s, Dillon’s and Marsh’s." */
const AFTER_NAME_MARKS = new Set([',', '.', ';', ')', '-', '–', '—', 'and', 'or']);
/**
 * "Rival Hobb’s was lower", "Hobb’s said", "chains like Hobb’s, Dillon’s and Marsh’s": an organisation's
 * name that ends in "’s" itself, before a verb, or before a mark or a conjunction, where a possessive
 * would have nothing to own.
 */
function nameWithS(a: Analysis, c: Range): string {
  const last = a.tokens[c.end - 1]!;
  const next = a.tokens[c.end];
  const written = surface(a, c.start, c.end);
  if (!last.possessive) return written;
  const ownsNothing = !next || next.sentence !== last.sentence || AFTER_NAME_MARKS.has(next.key);
  if (!ownsNothing && !SUBJECT_VERBS.has(next.key)) return written;
  const withS = a.paragraphs[last.paragraph]!.slice(a.tokens[c.start]!.start, last.end + 2);
  return /['’]s$/u.test(withS) ? withS : written;
}

/** Small words a Title Case heading leaves in lower case. */
const HEADING_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'per', 'via', 'into', 'over']);

/** Sentences of four or more words with every word but the small ones capitalised: headings and link texts, not prose. */
function titleCaseSentences(a: Analysis): Set<number> {
  const out = new Set<number>();
  a.sentences.forEach((sentence, index) => {
    let words = 0;
    let commas = 0;
    for (let i = sentence.start; i < sentence.end; i++) {
      const t = a.tokens[i]!;
      // a list ("Enter A, B and C."), a credit line ("— A B (@ab) May 2"), a sentence: prose, not a heading
      if (['(', '@', ';'].includes(t.text) || (t.text === '.' && i === sentence.end - 1)) return;
      if (t.text === ',') commas++;
      if (!t.word || /^\p{N}/u.test(t.text)) continue;
      if (!t.cap && !HEADING_SMALL_WORDS.has(t.key)) return;
      words++;
    }
    // (a long headline may hold a comma: "Vapes Can Send You to Hospital, Case Shows")
    if (words >= 4 && (!commas || (commas === 1 && words >= 8))) out.add(index);
  });
  return out;
}

export function surface(a: Analysis, start: number, end: number): string {
  const first = a.tokens[start]!;
  const last = a.tokens[end - 1]!;
  return a.paragraphs[first.paragraph]!.slice(first.start, last.end);
}

// ---------- chunks of capitalised words ----------

const HYPHEN_ADJECTIVES = /^(based|born|led|backed|owned|run|made|style|era|like|wide|free|linked|funded|controlled|affiliated|sponsored|aligned|bred|raised|registered|listed|focused|friendly|area|level|class|type|related|specific|only|era)$/;

export function isNameToken(t: Token | undefined): boolean {
  if (!t || !t.word || !t.cap || /^\p{N}/u.test(t.text)) return false;
  // "Non-European", "Anti-Corruption", "Ex-Minister": a prefixed adjective
  if (/^(non|anti|ex|pseudo)[-‐‑]/iu.test(t.text)) return false;
  const parts = t.text.split(/[-‐‑]/);
  // "Washington-based", "Hong Kong-based": an adjective, not part of a name (but "Cheuk Hau-yip" is one)
  const tail = parts[parts.length - 1]!;
  if (parts.length > 1 && !/^\p{Lu}/u.test(tail) && (/(ed|ing)$/.test(tail) || isCommonWord(fold(tail)) || !!lexiconTags(fold(tail)) || HYPHEN_ADJECTIVES.test(tail))) return false;
  return true;
}

function looksLikePersonStart(tokens: readonly Token[], r: Range): boolean {
  const first = tokens[r.start]!;
  const last = tokens[r.end - 1]!;
  if (ORG_HEADS.has(last.key) || PLACE_HEADS.has(last.key) || TITLES.has(last.key) || TITLE_MODIFIERS.has(last.key)) return false;
  if (r.end - r.start < 2 || r.end - r.start > 4) return false;
  if (isFirstName(first.key) || EAST_ASIAN_SURNAMES.has(first.key)) return true;
  // "Tsai Ing-wen", "Bakir Osman": every word a name or no ordinary word at all
  return tokens.slice(r.start, r.end).every((t) => t.cap && !t.upper && (isNamePart(t.key) || !lexiconTags(t.key)) && !countryOf(t.text) && !isLexiconPlace(t.key));
}

/** Words the tokens also hold in lower case. */
function lowerCaseWordsOf(tokens: readonly Token[]): Set<string> {
  let set = lowerByTokens.get(tokens);
  if (!set) {
    set = new Set(tokens.filter((t) => t.word && !t.cap).map((t) => t.key));
    lowerByTokens.set(tokens, set);
  }
  return set;
}
const lowerByTokens = new WeakMap<readonly Token[], Set<string>>();

/** The words of tokens [start, end) as written, joined by single spaces (possessives kept). */
function surface2(tokens: readonly Token[], start: number, end: number): string {
  return tokens.slice(start, end).map((t) => (t.possessive ? `${t.text}’s` : t.text)).join(' ');
}

function findChunks(tokens: readonly Token[]): Range[] {
  const chunks: Range[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isNameToken(t) && !(t.word && t.upper)) continue;
    // "sometimes I've said it", "I said": the pronoun, never a name
    if (/^I['’](?:d|m|ll|ve)$/u.test(t.text) || (t.text === 'I' && tokens[i + 1]?.word && !tokens[i + 1]!.cap)) continue;
    let end = i + 1;
    for (;;) {
      const last = tokens[end - 1]!;
      const next = tokens[end];
      // "People’s Liberation Army", "Children’s Hospital": an ordinary word's possessive inside a name
      // "U.S. Attorney’s Office", "District Attorney’s Office": an office named by its holder's title
      const titleOffice = TITLES.has(last.key) && end - i <= 3 && tokens.slice(i, end - 1).every((w) => w.upper || !!countryOf(w.text) || TITLE_MODIFIERS.has(w.key) || TITLES.has(w.key));
      if (last.possessive && next && next.sentence === t.sentence && isNameToken(next) && (titleOffice || ((isCommonWord(last.key) || lowerCaseWordsOf(tokens).has(last.key)) && !isFirstName(last.key) && !countryOf(last.text) && (end - i === 1 || (end - i === 2 && tokens[i]!.key === 'the'))))) {
        let k = end;
        while (k < tokens.length && k < end + 5 && isNameToken(tokens[k]) && !tokens[k]!.possessive) k++;
        const endsInHead = ORG_HEADS.has(tokens[k - 1]!.key) || isOutlet(surface2(tokens, i, k));
        if (endsInHead) {
          end = k;
          continue;
        }
      }
      if (last.possessive || !next || next.sentence !== t.sentence) break;
      if (next.start > last.end + 3) break; // a gap wider than a space
      // "the London Metal Exchange CMAL3", "Airbus A380": a code of capitals and digits after a name is none of it
      if (next.upper && /\p{N}/u.test(next.text) && /^[\p{Lu}\p{N}.=]+$/u.test(next.text)) break;
      // "… for Nicolas Anders I will speak", "Like Kevin I'd like": the pronoun, not a king's numeral
      const afterI = tokens[end + 1];
      const pronounI = next.word && (/^I['’](?:d|m|ll|ve)$/u.test(next.text) || (next.text === 'I' && !!afterI && afterI.word && !afterI.cap && !MONARCHS.has(tokens[i - 1]?.key ?? '') && !MONARCHS.has(t.key)));
      if ((isNameToken(next) || (next.word && next.upper)) && !last.text.endsWith('-') && !pronounI) {
        end++;
        continue;
      }
      // "Oil & Gas Corp", "Marlow & Finch": an ampersand joins the names of a firm
      if (next.text === '&' && isNameToken(tokens[end + 1]) && tokens[end + 1]!.sentence === t.sentence && !last.possessive) {
        end += 2;
        continue;
      }
      const after = tokens[end + 1];
      // "Mr. Smith", "John F. Kennedy"
      // (not a title ending its sentence: "…when he was Home Secretary. The party…")
      if (next.text === '.' && next.start === last.end && (HONORIFICS.has(last.key) || (TITLES.has(last.key) && after?.sentence === t.sentence) || /^\p{Lu}$/u.test(last.text)) && isNameToken(after)) {
        end += 2;
        continue;
      }
      // "Securities and Exchange Commission": "and" inside a name that ends in a head word
      // (but "Amnesty International and Rights Monitor Watch" are two: the first already ends in a head word)
      const headBefore = ORG_HEADS.has(last.key) && !/s$/.test(last.key);
      if ((next.key === 'and' || (next.key === 'in' && !tokens[i]!.initial)) && !headBefore && isNameToken(after) && after!.sentence === t.sentence) {
        let k = end + 1;
        while (k < tokens.length && k < end + 5 && isNameToken(tokens[k]) && !tokens[k]!.possessive) k++;
        // (not "BBC Three and News 24": two channels, the first ending in a number)
        if (k - 1 > end && ORG_HEADS.has(tokens[k - 1]!.key) && (isCommonWord(last.key) || ORG_HEADS.has(last.key)) && !countryOf(last.text) && !isFirstName(tokens[i]!.key) && !NUMBER_WORDS.has(last.key) && !/^\p{N}/u.test(tokens[k]?.text ?? '')) {
          end = k;
          continue;
        }
      }
      if (next.word && !next.cap && NAME_CONNECTORS.has(next.key) && next.key !== 'the') {
        let j = end;
        while (j < tokens.length && j - end < 2 && tokens[j]!.word && !tokens[j]!.cap && NAME_CONNECTORS.has(tokens[j]!.key)) j++;
        const target = tokens[j];
        if (target && target.sentence === t.sentence && (isNameToken(target) || target.upper) && joinsOver(tokens, { start: i, end }, next.key, target)) {
          end = j + 1;
          continue;
        }
      }
      // "East Turkistan Government in Exile"
      if (next.key === 'in' && ORG_HEADS.has(last.key) && isNameToken(after) && after!.sentence === t.sentence && isCommonWord(after!.key) && !isNameToken(tokens[end + 2]) && !isLexiconPlace(after!.key) && !countryOf(after!.text) && !isDateWord(after!.key)) {
        end += 2;
        continue;
      }
      break;
    }
    // "the Communist party", "Democratic Progressive party": a party's name of ordinary words (no
    // name, no holiday: "a Christmas party") with its head word in lower case
    const head = tokens[end];
    const lastWord = tokens[end - 1]!;
    if (head && head.word && !head.cap && head.key === 'party' && head.sentence === t.sentence && head.start <= lastWord.end + 1 && !lastWord.possessive
      && !(end - i === 1 && t.upper) && !isFirstName(t.key) && tokens[i - 1]?.key !== 'a' && tokens[i - 1]?.key !== 'an'
      && tokens.slice(i, end).every((w) => w.word && w.cap && !isDateWord(w.key) && !isCalendarWord(w.key) && (PARTY_LABELS.has(w.key) || isCommonWord(w.key) || isEnglishWord(w.key)))) end++;
    end = serialNameEnd(tokens, i, end);
    chunks.push({ start: i, end });
    i = end - 1;
  }
  return chunks;
}

/**
 * "Council on Energy, Environment and Water": a body's name ending in a head word and "on", "for" or
 * "of" whose subject is a list of ordinary capitalised words runs on to the list's last word.
 */
function serialNameEnd(tokens: readonly Token[], start: number, end: number): number {
  const connector = tokens.slice(start + 1, end - 1).findIndex((t, k) => ['on', 'for', 'of'].includes(t.key) && !t.cap && ORG_HEADS.has(tokens[start + k]!.key));
  if (connector < 0 || tokens[end]?.text !== ',') return end;
  const item = (t: Token | undefined) => !!t && isNameToken(t) && !t.possessive && isEnglishWord(t.key) && !isFirstName(t.key) && !isLexiconPlace(t.key) && !countryOf(t.text);
  let k = end;
  for (let n = 0; n < 4 && tokens[k]?.text === ',' && item(tokens[k + 1]); n++) k += 2;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.key !== 'and' || !item(tokens[k + 1]) || isNameToken(tokens[k + 2]) || tokens[k + 1]!.sentence !== tokens[start]!.sentence) return end;
  return k + 2;
}

/** May a name run on over "of", "for", "on", "de"…? Not into a date, not from a person's name. */
function joinsOver(tokens: readonly Token[], before: Range, connector: string, target: Token): boolean {
  if (isDateWord(target.key)) return false;
  const last = tokens[before.end - 1]!;
  if (connector === 'on' || connector === 'for') {
    if (!(JOIN_ON.has(last.key) || ORG_HEADS.has(last.key) || TITLES.has(last.key) || (connector === 'for' && /s$/.test(last.key)))) return false;
  }
  if (['of', 'for', 'on', 'the'].includes(connector) && looksLikePersonStart(tokens, before)) return false;
  return true;
}

// ---------- one chunk: strip, split at titles, type ----------

function analyseChunk(a: Analysis, chunk: Range): Candidate[] {
  const tokens = a.tokens;
  let { start, end } = chunk;
  const evidence = new Set<string>();
  const out: Candidate[] = [];
  const outlet = outletByCue(a, chunk);
  if (outlet) return [{ ...outlet, kind: 'organisation', evidence: new Set(['lexicon-org', 'told']), acronym: false }];
  // "Head of Fundamental Research at Acme": a department inside a job title, before the employer
  const at = tokens[end];
  if (TITLES.has(tokens[start]!.key) && tokens[start + 1]?.key === 'of' && at?.key === 'at' && !at.cap && at.sentence === tokens[start]!.sentence && isNameToken(tokens[end + 1])) return out;

  // Leading words that are not part of the name.
  while (start < end) {
    const t = tokens[start]!;
    if (t.key === 'the' || t.key === 'a' || t.key === 'an') start++;
    else if (chineseName(tokens.slice(start, end))) break;
    // ("This year, Will Ames…": a given name that is also a function word, capitalised mid-sentence, stays)
    else if (isFunctionWord(t.key) && !t.upper && (t.initial || start + 1 < end) && (t.initial || !isNamePart(t.key) || isCalendarWord(t.key) || isDateWord(t.key))) start++;
    else if (isCalendarWord(t.key) && !t.possessive) start++;
    // "Republican Ann Bee": a politician's party before the name
    else if (PARTY_LABELS.has(t.key) && !t.possessive && end - start >= 3 && end - start <= 4 && isFirstName(tokens[start + 1]!.key) && !isCommonWord(tokens[start + 1]!.key)) {
      evidence.add('role');
      start++;
    } else if (t.upper && NON_ENTITY_ACRONYMS.has(t.key.replace(/\./g, '')) && start + 1 < end) {
      evidence.add(ORG_DESCRIPTORS.has(t.key) ? 'descriptor' : 'stripped');
      start++;
    } else if (t.initial && start + 1 < end && sentenceInitialCommonWord(a, t, { start, end })) start++;
    else break;
  }
  // Letters after a person's name: "Ann Vale QC", "Sir Tom Rusk KBE".
  if (end - start >= 3 && tokens[end - 1]!.upper && POST_NOMINALS.has(tokens[end - 1]!.key.replace(/\./g, '')) && !tokens[end - 1]!.possessive && tokens.slice(start, end - 1).every((w) => !w.upper)) {
    evidence.add('post-nominal');
    end--;
  }
  // Trailing descriptors: "International Service for Human Rights NGO".
  // (a descriptor says what the name is; other letters, "Top TV", say nothing)
  while (end - start > 1 && tokens[end - 1]!.upper && NON_ENTITY_ACRONYMS.has(tokens[end - 1]!.key.replace(/\./g, '')) && !tokens[end - 1]!.possessive) {
    evidence.add(ORG_DESCRIPTORS.has(tokens[end - 1]!.key.replace(/\./g, '')) ? 'descriptor' : 'stripped');
    end--;
  }
  // Trailing calendar words: "the Argus Leader Monday afternoon"
  while (end - start > 1 && isCalendarWord(tokens[end - 1]!.key) && !tokens[end - 1]!.possessive) end--;
  while (end > start && !tokens[end - 1]!.word) end--;
  if (start >= end) return out;

  // A title inside the chunk: "U.S. Secretary of State Paul Harker", "Korvane CEO Olaf Granger".
  const split = splitAtTitle(a, { start, end });
  if (split) {
    if (split.name) {
      out.push({ ...split.name, kind: 'person', evidence: new Set([...evidence, split.honorific ? 'honorific' : 'title']), acronym: false, title: split.title });
    }
    if (split.prefix) {
      for (const c of analyseChunk(a, split.prefix)) {
        if (c.kind === 'unknown' && split.corporate && c.end - c.start === 1 && !c.acronym) c.evidence.add('corporate-prefix');
        if (split.name) c.modifier = true;
        out.push(c);
      }
    }
    return out;
  }

  // "Tulsa DL Rocco Mendel", "Harbor Sports NFL Insider Devin Alcott", "the agency’s Director Wilma Franz":
  // a job label (an abbreviation or a role noun) between the employer and a name
  const label = splitAtLabel(tokens, { start, end });
  if (label) {
    out.push({ start: label.name, end, kind: 'person', evidence: new Set([...evidence, 'role']), acronym: false });
    // "… NFL Insider A B": a known body among the labels is named too
    for (let i = label.prefix; i < label.name; i++) {
      const t = tokens[i]!;
      if (t.upper && (isLexiconOrganisation(acronymLetters(t.text)) || isOutlet(t.text))) out.push({ start: i, end: i + 1, kind: 'unknown', evidence: new Set(['acronym', 'lexicon-org']), acronym: true, modifier: true });
    }
    if (label.prefix > start) {
      // ("National Security Adviser A B": an adjective opens the title, not an employer's name)
      const opening = tokens[start]!;
      const titleWords = !opening.upper && /(?:al|ic|ive|ary)$/.test(opening.key) && isEnglishWord(opening.key) && !isLexiconOrganisation(opening.key);
      for (const c of analyseChunk(a, { start, end: label.prefix })) {
        if (c.kind === 'unknown' && !c.acronym && !titleWords) c.evidence.add('employer');
        c.modifier = true;
        out.push(c);
      }
    }
    return out;
  }

  // "(ambassador to the) Northern Union Ann Bee": a known body's name run on into a person's
  const body = splitAfterBody(a, { start, end });
  if (body) {
    out.push({ start: body, end, kind: 'unknown', evidence: new Set([...evidence, 'first-name']), acronym: false });
    for (const c of analyseChunk(a, { start, end: body })) {
      c.modifier = true;
      out.push(c);
    }
    return out;
  }

  // "House of Representatives Speaker", "Harbour Transit Police Chief": titles with no name after them
  // leave the body they belong to
  let t1 = end;
  while (t1 > start && (TITLES.has(tokens[t1 - 1]!.key) || RANKS.has(tokens[t1 - 1]!.key)) && !tokens[t1 - 1]!.possessive) t1--;
  if (t1 < end && t1 - start >= 1 && TITLES.has(tokens[end - 1]!.key) && !isNameToken(tokens[end]) && tokens[end]?.text !== '&' && knownBody(a, { start, end: t1 })) {
    const corporate = CORPORATE_TITLES.has(tokens[end - 1]!.key);
    for (const c of analyseChunk(a, { start, end: t1 })) {
      if (c.kind === 'unknown' && !c.acronym && corporate) c.evidence.add('corporate-prefix');
      out.push(c);
    }
    return out;
  }
  // "Founder of Ceres Robotics Inc": the title is no part of the organisation's name
  let t0 = start;
  while (t0 < end && (TITLE_MODIFIERS.has(tokens[t0]!.key) || TITLES.has(tokens[t0]!.key))) t0++;
  if (t0 > start && t0 < end - 1 && TITLES.has(tokens[t0 - 1]!.key) && ['of', 'at'].includes(tokens[t0]!.key)) {
    start = t0 + 1;
    if (tokens[start]?.key === 'the') start++;
    if (start >= end) return out;
  }
  // "(ambassador to) Britain Liu Xiaoming": a country before a person's name
  if (end - start >= 3 && (countryOf(tokens[start]!.text) || demonymCountry(tokens[start]!.text)) && !ORG_HEADS.has(tokens[end - 1]!.key) && !PLACE_HEADS.has(tokens[end - 1]!.key)) {
    const next = tokens[start + 1]!;
    if (isFirstName(next.key) || EAST_ASIAN_SURNAMES.has(next.key)) start++;
  }
  const c: Candidate = { start, end, kind: 'unknown', evidence, acronym: false };
  classify(a, c);
  if (c.kind !== 'other' && c.kind !== 'place') out.push(c);
  // "a BBC Monitoring Desk reporter": when the whole is nothing we know, its leading acronym still names a body
  const first = tokens[start]!;
  if (end - start >= 2 && (c.kind === 'other' || c.evidence.has('not-name-like')) && first.upper && !first.possessive) {
    const acronym: Candidate = { start, end: start + 1, kind: 'unknown', evidence: new Set(['leading']), acronym: false, modifier: true };
    classify(a, acronym);
    if (acronym.acronym && acronym.kind === 'unknown') out.push(acronym);
  }
  return out;
}

/** Kinds of outlet written after an outlet's name: "the Independent newspaper". */
const NEWS_KINDS = new Set(['newspaper', 'magazine', 'tabloid', 'broadsheet', 'daily', 'weekly']);
/** Verbs after an outlet's name that say it reported something: "the Daily Clarion reported". */
const REPORTED = new Set(['reported', 'reports', 'reporting', 'wrote', 'writes', 'revealed', 'reveals', 'first']);
/** Nouns before "in (the)" that name what an outlet printed: "a report in the Daily Clarion". */
const PRINTED = new Set(['report', 'reports', 'article', 'editorial', 'op-ed', 'column', 'interview', 'story', 'wrote', 'writing']);

/**
 * "told The Hill", "according to the Harbour Herald", "the Daily Clarion reported", "The Hill’s request for
 * comment": a name shaped like an outlet's (one the outlet list knows only with a cue, one ending in a
 * newspaper's word, one whose "The" is capitalised mid-sentence) where the words around it speak of reporting.
 */
function outletByCue(a: Analysis, r: Range): Range | null {
  const tokens = a.tokens;
  const first = tokens[r.start]!;
  const the = first.key === 'the';
  const start = the ? r.start + 1 : r.start;
  // "the Argus Leader of Sioux Falls": the newspaper's town after its name is no part of it
  for (let i = start + 1; i < r.end; i++) {
    if (tokens[i]!.key === 'of' && NEWSPAPER_WORDS.has(tokens[i - 1]!.key)) r = { start: r.start, end: i };
  }
  if (start >= r.end || r.end - start > 4) return null;
  const last = tokens[r.end - 1]!;
  const text = surface(a, start, r.end);
  const midThe = the && first.cap && !first.initial;
  const weak = isWeakOutlet(text);
  // "the Independent newspaper", "the Ledger magazine": the kind of outlet named after it
  const kind = tokens[r.end];
  // (after "the": "a major Chinese newspaper" names none)
  const typed = !!kind && kind.sentence === first.sentence && kind.word && !kind.cap && !last.possessive && NEWS_KINDS.has(kind.key)
    && (the || tokens[r.start - 1]?.key === 'the') && !countryOf(text) && !demonymCountry(tokens[start]!.text) && !lexiconTags(tokens[start]!.key)?.has('Demonym');
  if (typed && !(r.end - start === 2 && isFirstName(tokens[start]!.key)) && tokens.slice(start, r.end).every((t) => t.word && !HONORIFICS.has(t.key))) return { start, end: r.end };
  if (!(weak || midThe || (NEWSPAPER_WORDS.has(last.key) && r.end - start >= 2))) return null;
  if (tokens.slice(start, r.end).some((t) => !t.word || t.upper || HONORIFICS.has(t.key) || TITLES.has(t.key) && t.i < r.end - 1)) return null;
  // "told Kate Star": a given name and a family name
  if (r.end - start === 2 && !midThe && !weak && isFirstName(tokens[start]!.key)) return null;
  const sentence = first.sentence;
  const at = (i: number) => (tokens[i]?.sentence === sentence ? tokens[i] : undefined);
  let b = r.start - 1;
  if (!the && at(b)?.key === 'the') b--;
  const p1 = at(b);
  const p2 = at(b - 1);
  const before = !!p1 && (speechVerbBase(p1.key) === 'tell' || (p1.key === 'to' && p2?.key === 'according') || (p1.key === 'with' && p2?.key === 'interview') || (p1.key === 'in' && PRINTED.has(p2?.key ?? '')));
  const n1 = at(r.end);
  const after = !!n1 && (last.possessive ? n1.key === 'request' && at(r.end + 1)?.key === 'for' : REPORTED.has(n1.key) && (n1.key !== 'first' || at(r.end + 1)?.key === 'reported'));
  return before || after ? { start, end: r.end } : null;
}

/** Where a person's name starts after a known body's name in one chunk ("… Union Ann Bee"), if it does. */
function splitAfterBody(a: Analysis, r: Range): number | null {
  const tokens = a.tokens;
  for (let i = r.start + 2; i <= r.end - 2; i++) {
    const t = tokens[i]!;
    if (r.end - i > 3 || !isFirstName(t.key) || isCommonWord(t.key) || tokens[i - 1]!.possessive) continue;
    if (!tokens.slice(i, r.end).every((w, k) => nameLike(w, i + k === r.end - 1))) continue;
    const before = surface(a, r.start, i);
    const key = nameKey(before);
    const known = isLexiconOrganisation(key) || INSTITUTIONS.has(key) || isOutlet(before) || (ORG_HEADS.has(tokens[i - 1]!.key) && !TITLES.has(tokens[i - 1]!.key));
    if (known) return i;
  }
  return null;
}

/** A job label right before a name in a chunk: an abbreviation ("DL", "NFL") or a capitalised role noun
 * ("Insider", "Administrator"), the name opening with a given name. Where the name and the labels start. */
function splitAtLabel(tokens: readonly Token[], r: Range): { name: number; prefix: number } | null {
  const isLabel = (t: Token) => t.word && !t.possessive && ((t.upper && !t.text.includes('.') && t.text.length <= 4) || (t.cap && isRoleNoun(t.key) && !isFirstName(t.key)));
  for (let i = r.start + 1; i <= r.end - 2 && i <= r.start + 5; i++) {
    if (!isLabel(tokens[i - 1]!) || !isFirstName(tokens[i]!.key) || isCommonWord(tokens[i]!.key) || r.end - i > 4) continue;
    // (a particle inside the name, "Jon La Verne", "Ana de Souza", is part of it)
    // (a family name may be a town's: "John Bolton")
    const familyName = (t: Token) => t.cap && !t.upper && isLexiconPlace(t.key) && !countryOf(t.text);
    if (!tokens.slice(i, r.end).every((t, k) => nameLike(t, i + k === r.end - 1) || (k > 0 && i + k === r.end - 1 && familyName(t)) || t.text === '.' || (t.word && /^\p{Lu}$/u.test(t.text)) || (k > 0 && i + k < r.end - 1 && PARTICLES.has(t.key)))) continue;
    let prefix = i - 1;
    while (prefix > r.start && isLabel(tokens[prefix - 1]!)) prefix--;
    return { name: i, prefix };
  }
  return null;
}

/** A capitalised first word of a sentence that is only an ordinary word: "Persistent concerns", "Amid…". */
/** Titles before a regnal number: "King Charles I". */
const MONARCHS = new Set(['king', 'queen', 'pope', 'emperor', 'empress', 'tsar', 'czar', 'sultan', 'kaiser']);
/** Heads of places' names that are nobody's family name ("Park", "Bridge", "Bay" can be). */
const PLACE_ONLY_HEADS = new Set(['island', 'islands', 'peninsula', 'sea', 'ocean', 'strait', 'gulf', 'valley', 'desert', 'plateau', 'basin', 'airport', 'station', 'prison', 'jail', 'zone', 'corridor', 'area', 'region', 'province', 'prefecture', 'county', 'district', 'territory', 'municipality', 'city', 'village', 'avenue', 'boulevard', 'road', 'square']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'hundred', 'thousand']);
const DATING_WORDS = new Set(['former', 'ex', 'outgoing', 'incoming', 'acting', 'interim', 'late']);
function sentenceInitialCommonWord(a: Analysis, t: Token, r: Range): boolean {
  if (t.upper || isFirstName(t.key) || isLexiconOrganisation(t.key) || isLexiconPlace(t.key) || countryOf(t.text) || demonymCountry(t.text)) return false;
  // "Former Cabinet minister A B": a word that dates a role is no part of a name
  if (DATING_WORDS.has(t.key)) return true;
  const rest = a.tokens[r.end - 1]!;
  // "Amnesty International", "Rights Monitor Watch", "United Nations": the whole chunk is an organisation's name
  if (ORG_HEADS.has(rest.key) && r.end - r.start >= 2) return false;
  const whole = surface(a, r.start, r.end);
  if (isLexiconOrganisation(nameKey(whole)) || isOutlet(whole) || INSTITUTIONS.has(nameKey(whole)) || countryOf(whole) || isLexiconPlace(nameKey(whole))) return false;
  // "Big Harbour have denied it" beside "… signed to Big Harbour": a name the article also writes mid-sentence
  if (r.end - r.start >= 2 && writtenMidSentence(a, r)) return false;
  if (isCommonWord(t.key) || lowerCaseWords(a).has(t.key)) return true;
  // An honorific opens a name ("Mr Smith said"); compromise reads it as a person's title in every
  // article seen, so its tags (which mean tagging the sentence) are not asked for.
  if (HONORIFICS.has(t.key)) return false;
  const tags = t.tags;
  if (tags.has('ProperNoun') || tags.has('Person') || tags.has('Place') || tags.has('Organization')) return false;
  return ['Adjective', 'Adverb', 'Verb', 'Gerund', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun'].some((x) => tags.has(x));
}

const english = new WeakMap<Analysis, boolean>();
/** Is the article written in English, by the stopwords its words cover (a text too short to tell counts as English)? */
function writtenInEnglish(a: Analysis): boolean {
  let known = english.get(a);
  if (known === undefined) {
    const words = a.tokens.filter((t) => t.word).map((t) => t.key);
    const guess = stopwordsFor(words);
    known = words.length < 30 || guess.language === 'en' || guess.coverage < 0.15;
    english.set(a, known);
  }
  return known;
}

const capitalisedAt = new WeakMap<Analysis, Map<string, number[]>>();
/** Does the article write the words of `r` elsewhere, capitalised the same, after a sentence's first word? */
function writtenMidSentence(a: Analysis, r: Range): boolean {
  const tokens = a.tokens;
  const n = r.end - r.start;
  let index = capitalisedAt.get(a);
  if (!index) {
    index = new Map();
    for (const t of tokens) {
      if (!t.word || !t.cap || t.initial) continue;
      const list = index.get(t.text);
      if (list) list.push(t.i);
      else index.set(t.text, [t.i]);
    }
    capitalisedAt.set(a, index);
  }
  for (const i of index.get(tokens[r.start]!.text) ?? []) {
    const t = tokens[i]!;
    if (t.i === r.start) continue;
    let k = 1;
    while (k < n && tokens[t.i + k]?.text === tokens[r.start + k]!.text) k++;
    if (k === n && !isNameToken(tokens[t.i + n]) && !isNameToken(tokens[t.i - 1])) return true;
  }
  return false;
}

const titleCache = new WeakMap<Analysis, Set<string>>();
/** Words the article also writes with only an initial capital ("Madrid" beside "MADRID"). */
function titleCaseWords(a: Analysis): Set<string> {
  let set = titleCache.get(a);
  if (!set) {
    set = new Set(a.tokens.filter((t) => t.word && /^\p{Lu}\p{Ll}+$/u.test(t.text)).map((t) => t.key));
    titleCache.set(a, set);
  }
  return set;
}

const lowerCache = new WeakMap<Analysis, Set<string>>();
/** Words the article also writes in lower case: ordinary words, whatever their capital at a sentence start. */
function lowerCaseWords(a: Analysis): Set<string> {
  let set = lowerCache.get(a);
  if (!set) {
    set = new Set(a.tokens.filter((t) => t.word && !t.cap).map((t) => t.key));
    lowerCache.set(a, set);
  }
  return set;
}

interface TitleSplit {
  prefix: Range | null;
  name: Range | null;
  title: string;
  honorific: boolean;
  corporate: boolean;
}

function splitAtTitle(a: Analysis, r: Range): TitleSplit | null {
  const tokens = a.tokens;
  const last = tokens[r.end - 1]!;
  // An organisation whose name ends in a head word ("General Motors", "Justice Department") has no title.
  if (ORG_HEADS.has(last.key) && !TITLES.has(last.key)) return null;
  let k = -1;
  for (let i = r.end - 2; i >= r.start; i--) {
    const key = tokens[i]!.key.replace(/\.$/, '');
    if (TITLES.has(key) || HONORIFICS.has(key)) {
      k = i;
      break;
    }
  }
  if (k < 0) return null;
  // "Attorney’s Office for the …": a title in the possessive names an office, no person
  if (tokens[k]!.possessive) return null;
  // The person's name: from a given name to the end ("…for Human Rights Jonas Mäkelä", "Dr. Helena Marsh"),
  // else the longest run of name-like words at the end of the chunk.
  let nameStart = r.end;
  let run = r.end;
  while (run > k + 1 && r.end - run < 4 && capitalisedNamePart(tokens[run - 1]!, run === r.end)) run--;
  for (let i = run; i < r.end - 1; i++) {
    if (isFirstName(tokens[i]!.key)) {
      nameStart = i;
      break;
    }
  }
  if (nameStart === r.end) while (nameStart > k + 1 && nameStart > r.end - 4 && nameLike(tokens[nameStart - 1]!, nameStart === r.end)) nameStart--;
  // "Olaf Granger" (no title), "Secretary of State" (no name after it), "Rt. Hon." (only honorifics)
  if (nameStart === r.end) return null;
  if (tokens.slice(nameStart, r.end).every((t) => !t.word || HONORIFICS.has(t.key.replace(/\.$/, '')) || TITLES.has(t.key))) return null;
  const titleKey = tokens[k]!.key.replace(/\.$/, '');
  let titleStart = k;
  while (titleStart > r.start && (TITLE_MODIFIERS.has(tokens[titleStart - 1]!.key) || TITLES.has(tokens[titleStart - 1]!.key))) titleStart--;
  // "Chief Strategy Officer": a title, no name after it
  if (r.end - nameStart === 1 && TITLES.has(tokens[nameStart]!.key)) return null;
  // "Head of Platform Solutions for Acme": the body the title belongs to, after a connector, no person
  const joiner = tokens[nameStart - 1]!;
  if (nameStart > k + 1 && joiner.word && !joiner.cap && ['for', 'at', 'of', 'with'].includes(joiner.key)) return null;
  // "General Election", "Major Review": one ordinary word of English that no name list knows
  const one = tokens[nameStart]!;
  if (r.end - nameStart === 1 && !HONORIFICS.has(titleKey) && isEnglishWord(one.key) && !isNamePart(one.key) && !isFirstName(one.key) && !isKnownPerson(one.key)) return null;
  // "Office of the Chief Economist": the title belongs to an organisation's name
  if (titleStart > r.start && NAME_CONNECTORS.has(tokens[titleStart - 1]!.key)) return null;
  return {
    prefix: titleStart > r.start ? { start: r.start, end: titleStart } : null,
    name: { start: nameStart, end: r.end },
    title: titleKey,
    honorific: HONORIFICS.has(titleKey) && !TITLES.has(titleKey),
    corporate: CORPORATE_TITLES.has(titleKey),
  };
}

/** A capitalised word that is no head, title or connector: it may be a name, even an ordinary word ("Marsh"). */
function capitalisedNamePart(t: Token, final: boolean): boolean {
  if (!t.word || !t.cap || (t.upper && t.text.length > 2)) return false;
  if (final && TITLES.has(t.key)) return true;
  return !NAME_CONNECTORS.has(t.key) && !ORG_HEADS.has(t.key) && !TITLES.has(t.key) && !countryOf(t.text) && !demonymCountry(t.text);
}

/** A word that can be part of a person's name ("Prince" can end one: "Olaf Granger"). */
function nameLike(t: Token, final = false): boolean {
  if (!t.word || !t.cap || t.upper && t.text.length > 1 && !/^\p{Lu}\.$/u.test(t.text)) return false;
  if (final && TITLES.has(t.key)) return true;
  if (NAME_CONNECTORS.has(t.key) || ORG_HEADS.has(t.key) || PLACE_HEADS.has(t.key) || TITLES.has(t.key)) return false;
  if (isFirstName(t.key) || isLastName(t.key)) return true;
  if (countryOf(t.text) || demonymCountry(t.text) || isLexiconPlace(t.key)) return false;
  return !isCommonWord(t.key);
}

/** Words of rank inside a title ("Deputy", "Majority" in "Senate Majority Leader"), never a body's. */
const RANKS = new Set(['chief', 'deputy', 'vice', 'senior', 'executive', 'assistant', 'acting', 'interim', 'associate', 'principal', 'managing', 'former', 'majority', 'minority', 'ranking', 'presiding', 'junior', 'lead', 'top', 'outgoing', 'incoming', 'co', 'joint']);
const capitalsCache = new WeakMap<Analysis, Set<string>>();
/** Words in capitals the article uses twice or more, once at least before a lower-case word ("a BART
 * train"): acronyms of its prose, not a name shouted in a caption. */
function capitalsInProse(a: Analysis): Set<string> {
  let set = capitalsCache.get(a);
  if (!set) {
    const counts = new Map<string, number>();
    const beforeLower = new Set<string>();
    for (const t of a.tokens) {
      if (!t.word || !t.upper) continue;
      counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
      const next = a.tokens[t.i + 1];
      if (next && next.word && !next.cap && next.sentence === t.sentence) beforeLower.add(t.text);
    }
    set = new Set([...beforeLower].filter((w) => (counts.get(w) ?? 0) >= 2));
    capitalsCache.set(a, set);
  }
  return set;
}

/** A body's name that needs no cue: an acronym, a known organisation or institution, a name ending in a
 * head word — not a given name ("Stephen King" holds a title word too). */
function knownBody(a: Analysis, r: Range): boolean {
  const tokens = a.tokens;
  const first = tokens[r.start]!;
  const last = tokens[r.end - 1]!;
  if (isFirstName(first.key) || !last.word || !last.cap || last.possessive) return false;
  const text = surface(a, r.start, r.end);
  const key = nameKey(text);
  if (r.end - r.start === 1) return first.upper || isLexiconOrganisation(key) || INSTITUTIONS.has(key);
  return INSTITUTIONS.has(key) || [...MULTI_WORD_INSTITUTIONS].some((x) => key.endsWith(` ${x}`)) || isLexiconOrganisation(key) || isOutlet(text) || (ORG_HEADS.has(last.key) && !TITLES.has(last.key));
}

const MULTI_WORD_INSTITUTIONS = new Set([...INSTITUTIONS].filter((x) => x.includes(' ')));

function classify(a: Analysis, c: Candidate): void {
  const tokens = a.tokens;
  const words = tokens.slice(c.start, c.end);
  const n = words.length;
  const first = words[0]!;
  const last = words[n - 1]!;
  const whole = nameKey(surface(a, c.start, c.end));

  // "(D-N.Y.)", "(R-Texas)": a lawmaker's party and state, no organisation
  if (n === 1 && /^[DRI][-–]\p{Lu}/u.test(first.text) && ['(', ','].includes(tokens[c.start - 1]?.text ?? '')) return void (c.kind = 'other');
  // "Overnight Energy: …", "Morning Tech: …": a newsletter's or desk's heading before its headlines
  if (n >= 2 && tokens[c.end]?.text === ':' && first.initial && isCommonWord(first.key) && (lexiconTags(first.key)?.has('Adjective') || lexiconTags(first.key)?.has('Adverb') || isDateWord(first.key) || ['morning', 'evening', 'night', 'weekend'].includes(first.key))) return void (c.kind = 'other');
  // "Fortune 500", "S&P 500": a list or an index named after a body, not the body
  const following = tokens[c.end];
  if (n === 1 && following && following.start <= last.end + 1 && /^\p{N}{2,}$/u.test(following.text)) return void (c.kind = 'other');
  if (n === 1 && (first.upper || looksLikeAcronym(first.text))) {
    const letters = acronymLetters(first.text);
    // "(.DJI)", "(.SPX)": a market's ticker, written after a full stop
    const before = tokens[c.start - 1];
    if (before && before.text === '.' && before.end === first.start) return void (c.kind = 'other');
    // "XAU=", "GBP=": a market code
    if (tokens[c.start + 1]?.text === '=' && tokens[c.start + 1]!.start === first.end) return void (c.kind = 'other');
    // "(NYSE: ACM)": the ticker after an exchange's name
    // "registered shares (ACMN)": the ticker of the shares just named
    if (before?.text === '(' && tokens[c.start + 1]?.text === ')' && ['shares', 'stock'].includes(tokens[c.start - 2]?.key ?? '')) return void (c.kind = 'other');
    // ("(Harbour Stock Exchange: ACM)": any exchange's name before the colon)
    if (before?.text === ':' && (STOCK_EXCHANGES.has(tokens[c.start - 2]?.key ?? '') || tokens[c.start - 2]?.key === 'exchange')) return void (c.kind = 'other');
    // "SEAN", "LAUREN": a given name in capitals (a caption, a shout), no body
    if (letters.length >= 4 && isFirstName(letters) && !isLexiconOrganisation(letters) && !isOutlet(first.text) && !capitalsInProse(a).has(first.text)) return void (c.kind = 'other');
    // "CO-FOUNDER": ordinary words in capitals
    const parts = first.text.toLowerCase().split('-').filter((part) => part.length >= 3);
    if (first.text.includes('-') && parts.length > 0 && parts.every((part) => isCommonWord(part) || isEnglishWord(part))) return void (c.kind = 'other');
    if (countryOf(first.text) || NON_ENTITY_ACRONYMS.has(letters) || US_STATES.has(letters)) return void (c.kind = 'place');
    // "RAV4", "PM2.5": a model or a measure, not a body
    if (/\p{N}/u.test(first.text)) return void (c.kind = 'other');
    // "MADRID", "BUFFALO": a word in capitals (a dateline, a shout), not an acronym
    if (letters.length >= 4 && (isLexiconPlace(letters) || lowerCaseWords(a).has(letters) || titleCaseWords(a).has(letters))) return void (c.kind = 'other');
    // a dateline: "BUFFALO, N.Y. (AP) —"
    const paragraphStart = a.paragraphRanges[first.paragraph]?.start === first.i;
    if (paragraphStart && letters.length >= 4 && !first.text.includes('.') && [',', '(', '—', '–', '-'].includes(a.tokens[first.i + 1]?.text ?? '')) return void (c.kind = 'other');
    if (isOutlet(first.text)) c.evidence.add('lexicon-org');
    // an all-capitals ordinary word ("FILE", "UPDATE") is not an acronym
    if (!first.text.includes('.') && isCommonWord(letters) && !isLexiconOrganisation(letters)) return void (c.kind = 'other');
    c.acronym = true;
    c.evidence.add('acronym');
    if (isLexiconOrganisation(letters)) c.evidence.add('lexicon-org');
    return;
  }
  // "Zappo.com": a firm named by its web address
  if (n === 1 && /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|net|org|info|co\.uk|com\.au|io)$/u.test(first.text)) {
    c.evidence.add('head');
    return;
  }
  // "Marlow & Finch": no person's name holds an ampersand
  // (not a pair of given names, holidays or a work's title: "Ann & Bob", "Christmas & New Year", "Life & Times of …")
  const amp = words.findIndex((w, i) => w.text === '&' && i > 0 && i < n - 1);
  // ("artists Bell & Hale": a pair of people after their trade)
  const trade = tokens[c.start - 1];
  const pair = !!trade && trade.word && !trade.cap && /s$/.test(trade.key) && isRoleNoun(trade.key.slice(0, -1)) && !ORG_DESCRIPTORS.has(trade.key);
  if (amp > 0 && !pair && !OTHER_HEADS.has(last.key) && !(amp === 1 && n === 3 && isFirstName(first.key)) && !words.some((w) => isCalendarWord(w.key) || isDateWord(w.key) || lexiconTags(w.key)?.has('Holiday') || lexiconTags(w.key)?.has('Duration'))
    && !(words.some((w) => w.key === 'of') && !ORG_HEADS.has(last.key))) {
    c.evidence.add('head');
    return;
  }
  // ("United States House of Representatives": a chamber's name after its country's)
  if (INSTITUTIONS.has(whole) || (n >= 4 && [...MULTI_WORD_INSTITUTIONS].some((x) => whole.endsWith(` ${x}`)))) {
    c.evidence.add('lexicon-org');
    return;
  }
  if (n === 1 && (TITLES.has(first.key) || ORG_HEADS.has(first.key) || GENERIC_ALONE.has(first.key))) return void (c.kind = 'other');
  // ("Tomas Law", "Tom Bill": a given name before a head word that is also a family name names a person;
  // not a day's, "Victoria Day")
  const personal = n === 2 && a.tokens[c.start - 1]?.key !== 'the' && isFirstName(first.key) && !isCommonWord(first.key) && isNamePart(last.key) && !isCalendarWord(last.key) && !['day', 'week'].includes(last.key) && !last.possessive && !first.possessive;
  if (n >= 2 && OTHER_HEADS.has(last.key) && !personal) return void (c.kind = 'other');
  const outlet = isOutlet(surface(a, c.start, c.end)) && !isLexiconPlace(whole) && !countryOf(surface(a, c.start, c.end)) && !(n === 1 && (isCommonWord(first.key) || last.possessive));
  if (isLexiconOrganisation(whole) || (n === 1 && isLexiconOrganisation(first.key)) || outlet) {
    c.evidence.add('lexicon-org');
    return;
  }
  if (countryOf(surface(a, c.start, c.end)) || (n === 1 && demonymCountry(first.text))) return void (c.kind = 'place');
  // "New Zealand Rugby", "British Athletics": a country's body for a sport
  if (n >= 2 && n <= 3 && SPORT_NAMES.has(last.key) && !last.possessive && words.slice(0, -1).every((w) => w.cap && !w.possessive) && (countryOf(surface(a, c.start, c.end - 1)) || (n === 2 && demonymCountry(first.text)))) {
    c.evidence.add('head');
    return;
  }
  // "Air Astana": a carrier named by "Air" and a place or a name (not a model: "Air Max")
  if (n === 2 && ORG_OPENERS.has(first.key) && !PRODUCT_WORDS.has(last.key) && !isCommonWord(last.key) && !first.initial && !last.possessive) {
    c.evidence.add('head');
    return;
  }
  if (n === 1 && (isDateWord(first.key) || lexiconTags(first.key)?.has('Demonym'))) return void (c.kind = 'other');
  // "Muslims", "Roman Catholics", "British Sikhs": a faith or a people
  if (PEOPLES.has(last.key) && !last.possessive && words.slice(0, -1).every((w) => PEOPLES.has(w.key) || demonymCountry(w.text) || PEOPLE_MODIFIERS.has(w.key))) return void (c.kind = 'other');

  // Head word before "of/for/on": "Office of the Special Envoy…", "Campaign for Tajiks".
  const connector = words.findIndex((w, i) => i > 0 && !w.cap && (w.key === 'of' || w.key === 'for' || w.key === 'on' || w.key === 'in'));
  if (connector > 0) {
    const head = words[connector - 1]!.key;
    if (PLACE_HEADS.has(head) && !ORG_HEADS.has(head)) return void (c.kind = 'place');
    if (ORG_HEADS.has(head) || JOIN_ON.has(head)) {
      c.evidence.add('of-head');
      return;
    }
  }
  if (n >= 2 && ORG_HEADS.has(last.key)) {
    // "Mike Church" is a person; "Hong Kong Free Press" is not
    if (!(n === 2 && isFirstName(first.key) && !GENERIC_ALONE.has(last.key))) {
      c.evidence.add('head');
      return;
    }
  }
  // "Islamic State": "state" is a place's head only after a place or a point of the compass
  if (last.key === 'state' && n >= 2 && !words.slice(0, -1).some((w) => isLexiconPlace(w.key) || countryOf(w.text) || ['north', 'south', 'east', 'west', 'free', 'new', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower'].includes(w.key))) {
    c.evidence.add('not-name-like');
    return;
  }
  // "Lake Geneva", "Hotan Prefecture" — but "Helena Marsh" and "Steve Park" are people
  // (but no one is called "Island" or "Airport": "Ellis Island")
  if (PLACE_HEADS.has(last.key) && n >= 2 && !(n <= 3 && isFirstName(first.key) && !/s$/.test(last.key) && !PLACE_ONLY_HEADS.has(last.key))) return void (c.kind = 'place');
  if (isLexiconPlace(whole) || US_STATE_NAMES.has(whole) || (n === 1 && (isLexiconPlace(first.key) || US_STATES.has(first.key)))) return void (c.kind = 'place');
  if (n === 1 && GENERIC_ALONE.has(first.key)) return void (c.kind = 'other');

  if (chineseName(words)) return void c.evidence.add('surname-list');

  // Person-like: every word name-like, at most five words, no words in capitals or with digits, no
  // "of the" (titles of works), no role or organisation words ("Art Director", "Dell G3").
  // "Marta B. Quillon": the full stop of a middle initial is part of the name
  const particle = (w: Token) => (PARTICLES.has(w.key) && !w.cap) || (w.text === '.' && /^\p{Lu}$/u.test(tokens[w.i - 1]?.text ?? '') && w.i > c.start);
  // "J.J. Vale", "A.B. Stone": a given name written as initials before a family name
  const initials = n >= 2 && nameInitials(a, first) && !words.slice(1).some((w) => w.upper);
  const personShape = n <= 5 && words.every((w) => (w.word && w.cap) || particle(w)) && !words.some((w) => /\p{N}/u.test(w.text))
    && words.filter((w) => w.upper && w.text.replace(/[^\p{L}]/gu, '').length > 1 && !(initials && w === first)).length === 0
    && !words.some((w) => isRoleNoun(w.key) && !isFirstName(w.key) && !isNamePart(w.key) || isLexiconOrganisation(w.key) || isOutlet(w.text) || PARTY_MEMBERS.has(w.key))
    // "Alicia Keys And Protestors": a capitalised "And" or "Of" joins words of a heading, not of a name
    && !words.some((w, i) => i > 0 && w.cap && w.text.length > 1 && isFunctionWord(w.key) && !isNamePart(w.key));
  if (personShape) {
    const firstName = isFirstName(first.key) && !isCommonWord(first.key) && (!!lexiconTags(first.key) || isNamePart(first.key));
    if (n >= 2 && (isFirstName(first.key) || isHyphenatedFirstName(first.key))) c.evidence.add('first-name');
    if (n >= 2 && n <= 3 && (EAST_ASIAN_SURNAMES.has(first.key) || (n === 2 && EAST_ASIAN_SURNAMES.has(last.key)))) c.evidence.add('surname-list');
    // compromise's tagger may read every word as part of a person's name: asked in decide(), only when
    // nothing else settles the kind, because tagging a sentence is the costliest step of the extractor
    if (n >= 2 && n <= 3) c.askTagger = true;
    if (n >= 2 && isLastName(last.key)) c.evidence.add('last-name');
    if (isKnownPerson(whole)) c.evidence.add('known-person');
    // every word a known part of people's names, and not all of them ordinary words: "Robin Haase"
    if (n >= 2 && n <= 3 && words.every((w) => isNamePart(w.key) || NAME_CONNECTORS.has(w.key)) && words.some((w) => !isCommonWord(w.key)) && !(first.initial && isCommonWord(first.key))) c.evidence.add('name-parts');
    // (only in English: in another language every word is foreign to the lists)
    if (n === 2 && words.every((w) => foreignNameWord(a, w)) && writtenInEnglish(a)) c.evidence.add('name-shape');
    // "Botic van de Zandvoort", "Ilse de Vries": a family name no dictionary knows after a given name
    // (a known one, or one as foreign), with particles between
    else if (n >= 2 && n <= 4 && writtenInEnglish(a) && foreignNameWord(a, last) && !/ish$/.test(last.key) && !first.initial && (foreignNameWord(a, first) || (isFirstName(first.key) && /^\p{Lu}\p{Ll}+$/u.test(first.text)))
      && words.slice(1, -1).every((w) => PARTICLES.has(w.key) && !w.cap)) c.evidence.add('name-shape');
    // "the Quillo Mako 2 which…", "an Apple Tablet 100": a product's model number, no person's
    if (modelNumber(a, c.end) && !c.evidence.has('known-person')) c.evidence.add('not-name-like');
    // "Dunmore Sharks", "The Beverly Ramblers": a team's, a band's or a show's name ends in
    // a plural noun that is no one's family name ("Rivers", "Mills", "Hanks" are)
    // (after a given name, only with an article before it: "Albert Montanes" may be a player)
    if (n >= 2 && /s$/.test(last.key) && isEnglishWord(last.key) && !isNamePart(last.key) && !isLastName(last.key) && !c.evidence.has('known-person')
      && (!isFirstName(first.key) || ['the', 'a'].includes(tokens[c.start - 1]?.key ?? ''))) c.evidence.add('not-name-like');
    const allNameLike = words.every((w) => nameLike(w) || NAME_CONNECTORS.has(w.key) || (w.text === '.' && particle(w)) || (initials && w === first));
    // "Ann Hill", "Bo Park": a given name and a family name that is also a place's head word
    // (a given name compromise knows as one: "Forest Hill" is a place)
    const givenName = ['FemaleName', 'MaleName', 'FirstName'].some((tag) => lexiconTags(first.key)?.has(tag));
    const familyName = (w: Token) => !ORG_HEADS.has(w.key) && !countryOf(w.text) && (!PLACE_HEADS.has(w.key) || (givenName && n <= 3 && !/s$/.test(w.key)));
    // (no town after the initials: "A.C. Milan")
    const initialled = initials && words.slice(1).every((w) => familyName(w) && !isRoleNoun(w.key) && !isLexiconPlace(w.key));
    if (initialled) c.evidence.add('first-name');
    // "the annual Fan Vote": after "the" (and an adjective), an ordinary word no list of names knows ends no name
    const det = tokens[c.start - 1]?.key === 'the' ? tokens[c.start - 1] : tokens[c.start - 2]?.key === 'the' && !tokens[c.start - 1]!.cap && tokens[c.start - 1]!.word ? tokens[c.start - 2] : undefined;
    const ordinaryEnd = !!det && det.sentence === first.sentence && n >= 2 && isCommonWord(last.key) && !isNamePart(last.key) && !isLastName(last.key) && !c.evidence.has('known-person');
    // ("Digby Jones": a given name that is also a town's, before a family name the lists know)
    const townGiven = n === 2 && c.evidence.has('name-parts') && isLastName(last.key) && familyName(last) && !countryOf(first.text);
    if (ordinaryEnd || (!allNameLike && !(firstName && words.slice(1).every(familyName)) && !initialled && !townGiven)) {
      c.evidence.delete('first-name');
      c.evidence.delete('surname-list');
      c.evidence.delete('last-name');
      if (!c.evidence.has('known-person')) c.evidence.add('not-name-like');
    }
  } else c.evidence.add('not-name-like');
}

/** A number of one to three digits right after a name, no score, date, amount or count ("14 comments"). */
function modelNumber(a: Analysis, end: number): boolean {
  const tokens = a.tokens;
  const num = tokens[end];
  if (!num || !/^\p{N}{1,3}$/u.test(num.text) || num.start !== tokens[end - 1]!.end + 1 || num.sentence !== tokens[end - 1]!.sentence) return false;
  const after = tokens[end + 1];
  if (!after || after.sentence !== num.sentence) return true;
  if (['-', '–', ':', '.', ',', '%', '/'].includes(after.text) && after.start === num.end) return false;
  if (after.word && !after.cap && (isDateWord(after.key) || isCalendarWord(after.key) || after.tags.has('Plural'))) return false;
  return !(after.word && after.cap && (isDateWord(after.key) || isCalendarWord(after.key)));
}

/**
 * "J.J.", "A.B.": two or three initials with full stops, which no country ("U.S."), lexicon body or
 * acronym the article writes alone stands for.
 */
function nameInitials(a: Analysis, t: Token): boolean {
  if (!/^(?:\p{Lu}\.){2,3}$/u.test(t.text) || t.possessive) return false;
  const letters = acronymLetters(t.text);
  if (countryOf(t.text) || NON_ENTITY_ACRONYMS.has(letters) || US_STATES.has(letters) || isLexiconOrganisation(letters) || isOutlet(t.text)) return false;
  return !capitalsInProse(a).has(t.text);
}

/**
 * "Liu He", "He Jianxiong": a Chinese family name and a given name in pinyin, though one of them is an
 * English word. "He" opens a name only before a given name of two syllables that is no English word.
 */
function chineseName(words: readonly Token[]): boolean {
  if (words.length !== 2) return false;
  const [family, given] = words as [Token, Token];
  if (!family.cap || !given.cap || family.upper || given.upper || family.possessive || !isPinyin(given.key)) return false;
  if (EAST_ASIAN_SURNAMES.has(family.key)) return !isLexiconPlace(given.key) && !countryOf(given.text);
  return family.key === 'he' && given.key.length >= 5 && !isCommonWord(given.key) && !isEnglishWord(given.key) && !lexiconTags(given.key);
}

/** Verbs of working somewhere, and of losing that work: "she worked at X", "layoffs at X". */
const WORK_VERBS = new Set(['work', 'works', 'worked', 'working', 'employed', 'interned', 'trained', 'layoffs', 'redundancies', 'walkout']);
/** What only a company has: "X’s shareholders", "X’s chief executive" (and, not possessive, "X shares"). */
const COMPANY_NOUNS = new Set(['shareholders', 'ceo', 'cfo', 'chairman', 'founder', 'co-founder', 'board', 'revenue', 'revenues', 'profit', 'profits', 'earnings', 'sales', 'customers', 'employees', 'headquarters', 'subsidiary', 'subsidiaries', 'stores', 'valuation']);

/** English endings of ordinary words and of companies' names, which names of people from other languages lack. */
const ORDINARY_ENDING = /(?:tion|sion|ment|ness|ity|ities|ies|ing|ings|ical|ism|ist|ists|ics|ance|ence|able|ible|ous|ive|ful|less|ship|ware|tech|corp|soft|bank|land|burg|ville|shire|works|ware|ers|al)$/;
/**
 * A word of a name from another language that no list knows ("Yasutaka", "Pospisil"): capitalised,
 * neither an English word (of the dictionary, of compromise's lexicon, or written in lower case in the article) nor a place,
 * a body or a title, and without an English word's ending.
 */
function foreignNameWord(a: Analysis, w: Token): boolean {
  if (!w.word || !w.cap || w.upper || w.possessive || w.text.length < 3 || !/^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?$/u.test(w.text)) return false;
  if (isCommonWord(w.key) || isEnglishWord(w.key) || lowerCaseWords(a).has(w.key) || (lexiconTags(w.key) && !isNamePart(w.key))) return false;
  if (ORG_HEADS.has(w.key) || PLACE_HEADS.has(w.key) || TITLES.has(w.key) || isRoleNoun(w.key) || isLexiconPlace(w.key) || isLexiconOrganisation(w.key) || isOutlet(w.text)) return false;
  if (countryOf(w.text) || demonymCountry(w.text) || isDateWord(w.key) || PEOPLES.has(w.key) || PEOPLES.has(`${w.key}s`)) return false;
  return !ORDINARY_ENDING.test(w.key) || isNamePart(w.key);
}

/** Particles inside people's names: "Ursula von der Leyen", "Ali bin Abi Talib". */
const PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin', 'bint', 'ibn', 'al', 'el', 'la', 'le', 'del', 'della', 'di', 'y', 'abu', 'ben', 'dal', 'dalla', 'dello', 'dei', 'degli']);
/** Members of parties: "Virginia Democrats" names a group, not a person. */
const PARTY_MEMBERS = new Set(['dem', 'dems', 'democrats', 'republicans', 'conservatives', 'liberals', 'socialists', 'communists', 'tories', 'greens', 'nationalists', 'loyalists', 'unionists', 'separatists', 'rebels', 'islamists']);

// ---------- evidence from the words around a candidate ----------

/** Parts of a company after its possessive and a word naming the part: "Acme's music division". */
const COMPANY_PARTS = new Set(['division', 'divisions', 'subsidiary', 'subsidiaries', 'headquarters', 'shareholders', 'stores']);

/** "CEO", "CEOs", "founder", "chief executive": a title held in a company (the word before it for "executive"). */
function companyTitle(t: Token, before: Token | undefined): boolean {
  const key = t.key.replace(/\.$/, '');
  const singular = key.replace(/(?<=[a-z])(?:es|s)$/, '');
  if (COMPANY_TITLES.has(key) || COMPANY_TITLES.has(singular) || (key.endsWith('s') && COMPANY_TITLES.has(key.slice(0, -1)))) return !['analyst', 'economist', 'strategist'].includes(singular);
  return (key === 'executive' || key === 'executives') && before?.key === 'chief';
}

/** Makers and traders that a commodity before them makes companies: "crude producer X". */
const PRODUCERS = new Set(['producer', 'producers', 'exporter', 'exporters', 'supplier', 'suppliers', 'miner', 'miners', 'refiner', 'refiners', 'trader', 'traders', 'importer', 'importers', 'distributor', 'distributors']);

/** Words before a place's name: "in nearby X", "born in X". */
const NEARBY = new Set(['nearby', 'neighbouring', 'neighboring']);
const BORN = new Set(['born', 'raised', 'up', 'grew', 'settled', 'emigrated', 'relocated', 'moved']);

function addContextEvidence(a: Analysis, candidates: Candidate[]): void {
  const tokens = a.tokens;
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]!;
    const prev = tokens[c.start - 1];
    const prev2 = tokens[c.start - 2];
    const sameSentence = (t: Token | undefined) => !!t && t.sentence === tokens[c.start]!.sentence;

    // "spokesperson Zhou Ming", "tech giant Huawei", "brother, Arman Seit"
    if (sameSentence(prev) && prev!.word && !prev!.cap) {
      if (ORG_DESCRIPTORS.has(prev!.key) && !isRoleNoun(prev!.key)) {
        c.evidence.add('descriptor');
        // ("UK magazine Max Format", "the firm Grant Hollis": what a body is, right before its name of any shape)
        // (not after a body already named: "the DKL consultancy Marie-Louise Gantner" is its founder)
        const namedBody = sameSentence(prev2) && prev2!.word && prev2!.cap && !countryOf(prev2!.text) && !demonymCountry(prev2!.text) && !isLexiconPlace(prev2!.key);
        if (BODY_NOUNS.has(prev!.key) && !namedBody && !tokens[c.end - 1]!.possessive) c.evidence.add('named-as');
      }
      // "crude producer X", "copper miner X": a company described by what it makes (but "film producer X")
      else if (PRODUCERS.has(prev!.key) && sameSentence(prev2) && COMMODITIES.has(prev2!.key)) c.evidence.add('descriptor');
      // ("rival" is said of companies as often as of people: see RIVALS)
      else if ((isRoleNoun(prev!.key) && !RIVALS.has(prev!.key)) || KINSHIP.has(prev!.key)) {
        c.evidence.add('role');
        if (TITLES.has(prev!.key)) c.title ??= prev!.key;
      }
    }
    if (sameSentence(prev2) && prev?.text === ',' && KINSHIP.has(prev2!.key)) c.evidence.add('kinship');
    // "center A B", "defensive end A B": a playing position before a name of two words or more
    if (c.end - c.start >= 2 && sameSentence(prev) && prev!.word && !prev!.cap && (POSITIONS.has(prev!.key) || (sameSentence(prev2) && prev2!.word && !prev2!.cap && POSITIONS.has(`${prev2!.key} ${prev!.key}`)))) c.evidence.add('role');
    // "Taliban spokesman Zabihullah Mujahid", "Hamas officials": an organisation's people after its name
    const role = tokens[c.end];
    if (role && role.word && !role.cap && ORG_ROLES.has(role.key) && !tokens[c.end - 1]!.possessive && c.end - c.start === 1) c.evidence.add('org-role');
    // "the Islamic State group", "the Wagner militia"
    const next0 = tokens[c.end];
    // ("a Christmas party", "an office party": a party one goes to)
    const indefinite = prev?.key === 'a' || prev?.key === 'an';
    // ("Environmental group X said": an ordinary word opening the sentence describes the group, names none)
    const ordinary = ordinaryOpener(tokens, c);
    if (next0 && next0.word && !next0.cap && ['group', 'militia', 'movement', 'organisation', 'organization', 'network', 'company', 'firm', 'outfit', 'faction', 'party', 'club'].includes(next0.key) && !tokens[c.end - 1]!.possessive && !(next0.key === 'party' && indefinite) && !ordinary) c.evidence.add('descriptor');
    // "a Champions League match against Maccabi Harbour", "the final against Harbour United": the other side
    if (prev?.key === 'against' && sameSentence(prev2) && MATCH_NOUNS.has(prev2!.key) && !countryOf(tokens[c.start]!.text)) c.evidence.add('org-cue');
    // "Big Harbour, which was bought…" (a person takes "who"); "The label that owns her songs, Big Harbour,":
    // a name in apposition to an organisation's description
    if (tokens[c.end]?.text === ',' && tokens[c.end + 1]?.key === 'which' && sameSentence(tokens[c.end + 1])) c.evidence.add('which');
    if (prev?.text === ',' && describedBefore(a, c.start - 1)) c.evidence.add('org-context');
    // "the President of the Harbour Council, Ann Vale, …": a name of two words or more in apposition to a title
    if (prev?.text === ',' && c.end - c.start >= 2 && titleBefore(a, c.start - 1)) c.evidence.add('role');
    // "the chief executive of Zorbit", "the CEOs of Zorbit and Quellfire": the company a company title belongs to
    // (not a word before a noun: "founder of Jewish rights group …")
    const modifier = (t: Token | undefined) => !!t && t.word && !t.cap && t.sentence === tokens[c.start]!.sentence && !isFunctionWord(t.key) && (!t.tags.has('Verb') || t.tags.has('Noun') || t.tags.has('Plural'));
    if (prev?.key === 'of' && !prev.cap && sameSentence(prev2) && prev2!.word && companyTitle(prev2!, tokens[c.start - 3]) && !demonymCountry(tokens[c.start]!.text) && !modifier(tokens[c.end])) {
      c.evidence.add('employer');
      const partner = candidates[ci + 1];
      if (partner && tokens[c.end]?.key === 'and' && partner.start === c.end + 1 && partner.end - partner.start <= 2) partner.evidence.add('employer');
    }
    // "a small electronics firm, Kestrel Vane, …": a name in apposition to a firm's description
    if (prev?.text === ',' && firmBefore(a, c.start - 1)) c.evidence.add('descriptor');
    // "born in nearby Rill Hatton", "grew up in Rill Hatton": a place
    const placeBefore = sameSentence(prev) && prev!.word && !prev!.cap && (NEARBY.has(prev!.key) || (prev!.key === 'in' && sameSentence(prev2) && BORN.has(prev2!.key)));
    if (placeBefore && !tokens[c.end - 1]!.possessive) c.evidence.add('place-cue');
    // "oil industry analysts Hollis-Marsh": one word after the trade a firm is hired for
    if (c.end - c.start === 1 && sameSentence(prev) && prev!.word && !prev!.cap && TRADE_PLURALS.has(prev!.key) && !isFirstName(tokens[c.start]!.key) && !tokens[c.start]!.upper && ![',', 'and', '&'].includes(tokens[c.end]?.key ?? '')) c.evidence.add('org-cue');
    // "told The Ledger": an outlet's name after a speech verb, its article capitalised
    const teller = prev && prev.key === 'the' && !prev.initial && sameSentence(prev2) && speechVerbBase(prev2!.key) === 'tell' ? prev2 : undefined;
    if (teller) {
      c.evidence.add('told');
      // one tells "the Ledger", not "the Ann Bee"
      if (c.end - c.start >= 2) c.evidence.add('org-context');
    }
    if (sameSentence(prev) && prev!.word && speechVerbBase(prev!.key) && ['say', 'tell', 'add', 'write', 'argue', 'note', 'explain', 'warn'].includes(speechVerbBase(prev!.key)!)) {
      // "said Smith" names the speaker; "told Reuters" names the listener, usually an outlet
      if (speechVerbBase(prev!.key) === 'tell') c.evidence.add('told');
      else c.evidence.add('speech');
    }
    if (sameSentence(prev2) && prev?.key === 'to' && prev2!.key === 'according') c.evidence.add('speech');
    // "vice president of marketing at Tall Lantern", "a researcher at Copper Kettle": where someone works
    if (sameSentence(prev) && prev!.key === 'at' && !prev!.cap) {
      for (let k = c.start - 2; k >= Math.max(0, c.start - 8) && sameSentence(tokens[k]); k--) {
        const w = tokens[k]!;
        if (!w.word) break;
        const job = isJobNoun(w.key) || (/s$/.test(w.key) && isJobNoun(w.key.slice(0, -1))) || WORK_VERBS.has(w.key);
        // "vice president of Research Programs at …": a name only after "of" (but "Analysts at X" opens a sentence)
        if (w.cap && !(w.initial && job)) {
          let b = k;
          while (b > 0 && tokens[b - 1]!.cap && tokens[b - 1]!.word) b--;
          if (tokens[b - 1]?.key !== 'of') break;
          k = b - 1;
          continue;
        }
        // "an economist at X", "analysts at X", "she worked at X"
        if (job) {
          c.evidence.add('employer');
          break;
        }
        // the job ends the noun phrase before "at": nothing past an article or a preposition but "of"
        // ("chief economist for the region at X": the job's remit between it and "at")
        const remit = ['for', 'of'].includes(tokens[k - 1]?.key ?? '') && ['the', 'a', 'an'].includes(w.key);
        if (w.key !== 'of' && w.key !== 'for' && !remit && (isFunctionWord(w.key) || ['a', 'an', 'the'].includes(w.key))) break;
      }
    }

    // "shares of X", "a stake in X", "X shares", "X’s chief executive", "X cut its forecast": a company's
    const afterName = tokens[c.end];
    const lastWord = tokens[c.end - 1]!;
    if (sameSentence(prev2) && ((prev?.key === 'of' && ['shares', 'stock', 'stocks'].includes(prev2!.key)) || (prev?.key === 'in' && ['stake', 'stakes', 'investment', 'investments', 'shares'].includes(prev2!.key)))) c.evidence.add('org-cue');
    // "In London, Acme fell 2.2% to 55 pence", "Acme shed 2.1 per cent": a listed company's shares moving
    const move = tokens[c.end];
    const amount = tokens[c.end + 1];
    // ("Sales fell 3%": an ordinary word opening the sentence names no company; "London rose 4%", "CLc1 fell
    // 2%": a market's place or an instrument's code, none either)
    const market = tokens.slice(c.start, c.end).some((t) => /\p{N}/u.test(t.text) || !!countryOf(t.text) || isLexiconPlace(t.key));
    if (move && amount && sameSentence(amount) && !ordinaryOpener(tokens, c) && !market && move.word && !move.cap && !tokens[c.end - 1]!.possessive && SHARE_MOVES.has(move.key) && /^\p{N}/u.test(amount.text)
      && (/%$/.test(amount.text) || ['%', 'per', 'pc', 'pence', 'cents'].includes(tokens[c.end + 2]?.key ?? ''))) c.evidence.add('org-cue');
    // "Acme’s chief executive", "Acme’s chief financial officer"
    if (afterName && lastWord.possessive && afterName.key === 'chief' && ['executive', 'financial', 'operating', 'technology'].includes(tokens[c.end + 1]?.key ?? '') && sameSentence(tokens[c.end + 1])) c.evidence.add('org-cue');
    // "rival Acme", "its rivals Acme and Zentrix": a company's, unless the article knows the name as a person's (see promoteByReference)
    if (sameSentence(prev) && prev!.word && RIVALS.has(prev!.key)) c.evidence.add('rival');
    // "a spokesman for Acme Europe": the body a spokesperson speaks for (a given name still makes a person's,
    // and so does the family name of someone named in full: "Adam Vale … a spokeswoman for Vale")
    const familyName = () => c.end - c.start === 1 && candidates.some((o) => o.end - o.start >= 2 && tokens[o.end - 1]!.key === tokens[c.start]!.key && isFirstName(tokens[o.start]!.key));
    if (sameSentence(prev2) && prev!.key === 'for' && SPOKESPEOPLE.has(prev2!.key) && !familyName()) c.evidence.add('org-cue');
    // "according to the Acme": "the" before a single capitalised name puts it in no person's mouth
    const prev3 = tokens[c.start - 3];
    if (c.end - c.start === 1 && sameSentence(tokens[c.start - 4]) && prev!.key === 'the' && prev2!.key === 'to' && prev3!.key === 'according' && !tokens[c.start]!.initial) c.evidence.add('org-cue');
    // ("Asia-Pacific shares", "European shares": a market's, no company's)
    const region = tokens.slice(c.start, c.end).every((t) => t.text.split(/[-‐‑]/).every((part) => !!countryOf(part) || REGION_WORDS.has(fold(part)) || !!demonymCountry(part) || isLexiconPlace(fold(part)) || !!lexiconTags(fold(part))?.has('Demonym')));
    if (afterName && sameSentence(afterName) && afterName.word && !afterName.cap && !region && (['shares', 'stock'].includes(afterName.key) ? !lastWord.possessive : lastWord.possessive && COMPANY_NOUNS.has(afterName.key))) c.evidence.add('org-cue');
    // "Acme's music division", "Acme's European subsidiary": a part of a company, one word naming it between
    const part = tokens[c.end + 1];
    if (afterName && part && lastWord.possessive && !region && afterName.word && !afterName.cap && !isFunctionWord(afterName.key) && part.word && !part.cap && part.sentence === afterName.sentence && COMPANY_PARTS.has(part.key)) c.evidence.add('org-cue');
    // "Acme (NYSE: ACM)", "Acme (Nasdaq:ACM)": a listed company's ticker after its name
    if (afterName?.text === '(' && tokens[c.end + 2]?.text === ':' && STOCK_EXCHANGES.has(tokens[c.end + 1]?.key ?? '')) c.evidence.add('org-cue');
    if (afterName && sameSentence(afterName) && afterName.word && !afterName.cap && !lastWord.possessive && tokens[c.end + 1]?.key === 'its' && afterName.key !== 'and' && (/(?:ed|s)$/.test(afterName.key) || afterName.tags.has('Verb'))) c.evidence.add('org-cue');

    // What follows: an appositive, a speech verb.
    let j = c.end;
    // "X and Y — two Chinese tech giants": the appositive after Y describes X too
    const partner = candidates[ci + 1];
    const coordinated = !!partner && tokens[j]?.key === 'and' && partner.start === j + 1;
    if (coordinated) j = partner.end;
    const after = tokens[j];
    if (after && after.sentence === tokens[c.start]!.sentence && (after.text === ',' || after.text === '—' || after.text === '–' || (after.text === '-' && after.start > tokens[j - 1]!.end + 0))) {
      const app = appositive(a, j + 1);
      if (app.kind) {
        c.evidence.add(app.kind);
        if (coordinated && app.kind === 'descriptor') partner.evidence.add('descriptor');
      }
      if (app.kind === 'appositive' || app.kind === 'age') j = app.end;
    }
    if (!coordinated) {
      let k = j;
      // "Halvorsen earlier this week reported", "Zhou also said"
      while (tokens[k] && tokens[k]!.word && k < j + 4 && (lexiconTags(tokens[k]!.key)?.has('Adverb') || isDateWord(tokens[k]!.key) || TIME_WORDS.has(tokens[k]!.key))) k++;
      const verb = tokens[k];
      // (not a passive one: "the Harbourbox was described by …")
      if (verb && verb.sentence === tokens[c.start]!.sentence && verb.word && !verb.cap && isNameCueVerb(verb.key) && !/ing$/.test(verb.key) && tokens[k + 1]?.key !== 'by') {
        c.evidence.add('speech');
        c.evidence.add('speaks');
      }
    }
  }
  companyLists(a, candidates);
  // "Reuters’ Halvorsen", "CNN’s Tom Hadley": an outlet or employer before a person's name
  for (let ci = 0; ci + 1 < candidates.length; ci++) {
    const c = candidates[ci]!;
    const next = candidates[ci + 1]!;
    const last = tokens[c.end - 1]!;
    if (last.possessive && next.start === c.end && c.end - c.start === 1 && (next.evidence.has('first-name') || next.evidence.has('surname-list') || next.evidence.has('speech'))) {
      c.evidence.add('employer');
    }
    // "Ann Vale’s Tall Lantern": a name shaped like a person's owning something named that is no person
    else if (last.possessive && next.start === c.end && c.end - c.start === 2 && !c.evidence.has('not-name-like') && c.askTagger
      && !next.evidence.has('first-name') && !next.evidence.has('surname-list') && !isNameToken(tokens[c.start - 1])
      && tokens.slice(c.start, c.end).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))
      && (next.evidence.has('head') || next.evidence.has('lexicon-org') || next.evidence.has('acronym') || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(tokens[next.start]!.text))) {
      c.evidence.add('owner');
    }
  }
  // "Amazon founder Ann Vale", "Acme chief executive Ann Vale": a body before a company title and a name
  for (const c of candidates) {
    const role = tokens[c.end];
    if (!role || !role.word || role.cap || tokens[c.end - 1]!.possessive || c.end - c.start > 3 || isNameToken(tokens[c.start - 1])) continue;
    // ("Film director A B": an ordinary word opening the sentence)
    const first = tokens[c.start]!;
    if (first.initial && c.end - c.start === 1 && (isCommonWord(first.key) || lowerCaseWordsOf(tokens).has(first.key))) continue;
    let k = c.end;
    if (role.key === 'chief' && tokens[k + 1]?.key === 'executive') k++;
    // ("Kestrel Homes spokesman Ann Vale": a spokesman, after a name of two words or more)
    else if (!COMPANY_TITLES.has(role.key) && !(SPOKESPEOPLE.has(role.key) && c.end - c.start >= 2)) continue;
    const name = tokens[k + 1];
    // (a given name the list knows, or two capitalised words that are no ordinary ones: "Carsten Fritsch")
    const second = tokens[k + 2];
    const named = !!name && (isFirstName(name.key) || (!isCommonWord(name.key) && isNameToken(second) && second!.sentence === name.sentence && !isCommonWord(second!.key)));
    if (name && name.sentence === role.sentence && isNameToken(name) && named) {
      c.evidence.add('employer');
      // (a name of a person's shape ending in an ordinary word, "Walter Field spokesman Rupert Vane", is a firm's)
      c.evidence.add('employs');
    }
  }
}

/** One ordinary word, capitalised only because it opens the sentence ("Sales fell", "Environmental group"). */
function ordinaryOpener(tokens: readonly Token[], c: Range): boolean {
  const t = tokens[c.start]!;
  if (c.end - c.start !== 1 || !t.initial) return false;
  if (isCommonWord(t.key) || lowerCaseWordsOf(tokens).has(t.key)) return true;
  // (a word of English that is also a family name, "Sales", "Rivers": ordinary as a plural)
  return isEnglishWord(t.key) && !isLexiconOrganisation(t.key) && (!isNamePart(t.key) || t.tags.has('Plural'));
}

/** A game between two sides: "a match against X". */
const MATCH_NOUNS = new Set(['match', 'game', 'tie', 'clash', 'fixture', 'final', 'semi-final', 'derby', 'friendly', 'play-off', 'playoff']);
/** Verbs of a share price's moves: "Acme fell 2%". */
const SHARE_MOVES = new Set(['fell', 'rose', 'dropped', 'slipped', 'gained', 'shed', 'climbed', 'jumped', 'slumped', 'added', 'lost', 'edged', 'eased', 'dipped', 'surged', 'soared', 'tumbled', 'plunged', 'sank', 'advanced', 'declined', 'retreated', 'rallied']);
/** Stock exchanges named before a ticker: "(NYSE: ACM)". */
const STOCK_EXCHANGES = new Set(['nyse', 'nasdaq', 'lse', 'tsx', 'asx', 'hkex', 'sgx', 'nse', 'bse', 'otc', 'amex', 'euronext', 'xetra', 'ftse']);
/** Descriptions of a body that are never a person's job ("publisher", "maker" can be). */
const BODY_NOUNS = new Set(['company', 'firm', 'group', 'agency', 'charity', 'bank', 'lender', 'insurer', 'retailer', 'airline', 'carmaker', 'automaker', 'chipmaker', 'conglomerate', 'startup', 'start-up', 'consultancy', 'multinational', 'chain', 'broadcaster', 'newspaper', 'tabloid', 'daily', 'magazine', 'website', 'journal', 'network', 'label', 'studio', 'watchdog', 'regulator']);
/** Those who speak for a body: "a spokesman for Acme". */
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen']);
/** Words for a company's competitors: "rival Acme", "rivals Acme and Zentrix". */
const RIVALS = new Set(['rival', 'rivals', 'competitor', 'competitors']);
/** Plural kinds of company that govern a list: "companies such as …", "start-ups like …", "lenders including …". */
const LIST_GOVERNORS = new Set([...ORG_DESCRIPTORS].filter((w) => /s$/.test(w) && !['brands', 'parties', 'unions', 'networks', 'websites', 'platforms', 'outlets', 'newspapers', 'universities', 'agencies', 'groups', 'charities', 'ngos', 'organisations', 'organizations'].includes(w)));

/** Are x and y two names of one list ("X, Y", "X and Y", "X, or Y")? */
function listJoined(tokens: readonly Token[], x: Range, y: Range): boolean {
  const between = tokens.slice(x.end, y.start).map((t) => t.key).join(' ');
  return y.start > x.end && y.start - x.end <= 2 && !tokens[x.end - 1]!.possessive && tokens[y.start]!.sentence === tokens[x.start]!.sentence
    && [',', 'and', ', and', 'or', ', or'].includes(between);
}

/** "companies such as Acme, Zentrix and Velmora", "start-ups like Acme and Zentrix", "rivals Acme and
 * Zentrix": every name of a list that a kind of company governs is a company's. */
function companyLists(a: Analysis, candidates: Candidate[]): void {
  const tokens = a.tokens;
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]!;
    let p = c.start - 1;
    if (tokens[p]?.key === 'as' && tokens[p - 1]?.key === 'such') p -= 2;
    else if (tokens[p]?.key === 'like' || tokens[p]?.key === 'including') p -= 1;
    const governor = tokens[p];
    if (!governor || governor.sentence !== tokens[c.start]!.sentence || !governor.word || (governor.cap && !governor.initial)) continue;
    const rivals = RIVALS.has(governor.key);
    if (!rivals && !LIST_GOVERNORS.has(governor.key)) continue;
    let k = ci;
    for (; k < candidates.length && (k === ci || listJoined(tokens, candidates[k - 1]!, candidates[k]!)); k++) candidates[k]!.evidence.add(rivals ? 'rival' : 'descriptor');
    ci = k - 1;
  }
}

/** "The label that owns her songs, …": the sentence opens, up to the comma at `comma`, with "the" and a
 * kind of organisation, and names nobody on the way. */
/** "the President of the Harbour Council, …": a title opened by "the", with only its body's name after it, before the comma. */
function titleBefore(a: Analysis, comma: number): boolean {
  const tokens = a.tokens;
  const sentence = tokens[comma]!.sentence;
  for (let k = comma - 1; k >= Math.max(1, comma - 10); k--) {
    const w = tokens[k]!;
    if (w.sentence !== sentence || !w.word) return false;
    if (TITLES.has(w.key) && !ORG_HEADS.has(w.key)) {
      const det = tokens[k - 1]!;
      return det.sentence === sentence && det.key === 'the' && (k + 1 === comma || tokens[k + 1]!.key === 'of');
    }
    if (!w.cap && !['of', 'the', 'for', 'and'].includes(w.key)) return false;
  }
  return false;
}

/**
 * "…, a small UK-based electronics firm, Kestrel Vane": the words before the comma are an indefinite noun
 * phrase whose head names a kind of company.
 */
function firmBefore(a: Analysis, comma: number): boolean {
  const tokens = a.tokens;
  const head = tokens[comma - 1];
  if (!head || !head.word || head.cap || !ORG_DESCRIPTORS.has(head.key) || isRoleNoun(head.key) || /s$/.test(head.key)) return false;
  for (let k = comma - 2; k >= Math.max(0, comma - 7) && tokens[k]!.sentence === head.sentence; k--) {
    const w = tokens[k]!;
    if (w.key === 'a' || w.key === 'an') return true;
    // lower-case modifiers, or a place's adjective ("UK-based")
    if (!w.word || (w.cap && !HYPHEN_ADJECTIVES.test(w.key.split(/[-‐‑]/).pop() ?? '')) || isFunctionWord(w.key)) return false;
  }
  return false;
}

function describedBefore(a: Analysis, comma: number): boolean {
  const tokens = a.tokens;
  const sentence = a.sentences[tokens[comma]!.sentence]!;
  if (comma - sentence.start > 12 || tokens[sentence.start]?.key !== 'the') return false;
  const head = tokens[sentence.start + 1];
  if (!head || !head.word || head.cap || !ORG_DESCRIPTORS.has(head.key)) return false;
  return tokens.slice(sentence.start + 2, comma).every((t) => t.word && !t.cap);
}

/** Reads an appositive after a comma or dash: a role ("a human rights lawyer"), an age ("55"), or a kind of organisation. */
function appositive(a: Analysis, from: number): { kind: 'appositive' | 'age' | 'descriptor' | null; end: number } {
  const tokens = a.tokens;
  const sentence = tokens[from - 1]?.sentence;
  const first = tokens[from];
  if (!first || first.sentence !== sentence) return { kind: null, end: from };
  if (/^\d{1,3}$/.test(first.text) && tokens[from + 1] && [',', '.', ';'].includes(tokens[from + 1]!.text)) return { kind: 'age', end: from + 1 };
  const found = appositiveWords(a, from, sentence);
  // Checked after the words, because reading a tag means tagging the sentence (the `end` of a result
  // without a kind is never read).
  if (!found.kind || !first.word || first.cap) return found;
  // An article or a role noun opens a noun phrase ("…, a lawyer", "…, director of…"): never one of the
  // words ruled out below, in every article seen, so the sentence need not be tagged for them.
  if (first.key === 'a' || first.key === 'an' || first.key === 'the' || isRoleNoun(first.key) || TITLES.has(first.key)) return found;
  // "…at Cornell, said the president’s…": a verb after the comma, no appositive
  // (nor a clause of its own: "…ahead of the fair, arresting 210 people")
  const object = tokens[from + 1];
  const participle = /ing$/.test(first.key) && !!object && (/^\p{N}/u.test(object.text) || ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'some', 'more', 'dozens', 'hundreds', 'thousands'].includes(object.key));
  if (speechVerbBase(first.key) || (first.tags.has('PastTense') && !first.tags.has('Noun')) || first.tags.has('Gerund') || participle) return { kind: null, end: from };
  // an appositive opens with a noun phrase, not a conjunction, a preposition or a verb
  if (first.tags.has('Conjunction') || first.tags.has('Preposition') || first.tags.has('Pronoun') || ['and', 'or', 'but', 'who', 'which', 'that', 'where', 'when', 'whose', 'whom'].includes(first.key)) return { kind: null, end: from };
  return found;
}

/** The role, age or kind of organisation an appositive's words name, if any. */
function appositiveWords(a: Analysis, from: number, sentence: number | undefined): { kind: 'appositive' | 'descriptor' | null; end: number } {
  const tokens = a.tokens;
  for (let i = from; i < Math.min(tokens.length, from + 9); i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || [',', ';', '.', '(', '“', '"', '—', '–', ':'].includes(t.text)) return { kind: null, end: i };
    if (!t.word) continue;
    if (i === from && t.cap && !TITLES.has(t.key) && !isRoleNoun(t.key) && !['a', 'an', 'the'].includes(t.key) && !isCommonWord(t.key) && !countryOf(t.text) && !demonymCountry(t.text)) return { kind: null, end: i };
    if (speechVerbBase(t.key) && !isRoleNoun(t.key) && i > from) return { kind: null, end: i };
    if (t.cap && i > from) continue;
    if (ORG_DESCRIPTORS.has(t.key)) return { kind: 'descriptor', end: i + 1 };
    if (isRoleNoun(t.key) || TITLES.has(t.key)) {
      let end = i + 1;
      while (end < tokens.length && tokens[end]!.sentence === sentence && ![',', ';', '.', '—', '–', '“', '"'].includes(tokens[end]!.text) && end < i + 12) end++;
      return { kind: 'appositive', end: tokens[end]?.text === ',' ? end + 1 : end };
    }
  }
  return { kind: null, end: from };
}

// ---------- deciding ----------

function decide(a: Analysis, c: Candidate): Kind {
  const e = c.evidence;
  const tokens = a.tokens;
  const n = c.end - c.start;
  const has = (set: Set<string>) => [...e].some((x) => set.has(x));
  if (c.acronym) {
    if (e.has('definition-other')) return 'other';
    return 'organisation';
  }
  // "Overall, the company's debt…": an adverb opening the sentence; "a C note": a letter alone
  if (n === 1 && ((ordinaryOpener(tokens, c) && tokens[c.end]?.text === ',' && (tokens[c.start]!.tags.has('Adverb') || tokens[c.start]!.tags.has('Adjective') || /ly$/.test(tokens[c.start]!.key))) || /^\p{Lu}$/u.test(tokens[c.start]!.text))) return 'unknown';
  if (e.has('head') || e.has('of-head') || e.has('lexicon-org')) return 'organisation';
  if (e.has('place-cue') && !e.has('known-person')) return 'place';
  if (e.has('descriptor') || e.has('corporate-prefix') || e.has('employer') || e.has('org-cue')) {
    if (!(n >= 2 && e.has('first-name')) || (e.has('employs') && !has(NAMED_PERSON_EVIDENCE) && isEnglishWord(tokens[c.end - 1]!.key)) || (e.has('named-as') && !has(NAMED_PERSON_EVIDENCE))) return 'organisation';
  }
  // "Big Harbour, which…": an organisation's context, and nothing of a person's
  if (e.has('org-context') && n >= 2 && !e.has('first-name') && !e.has('surname-list') && !e.has('known-person') && !e.has('title') && !e.has('honorific')) return 'organisation';
  // "WeWork": a camel-case word is a brand, never a person
  const camel = n === 1 && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(tokens[c.start]!.text) && !/^(Mc|Mac|O|De|Di|Da|La|Le|Van|Von|Du|St)\p{Lu}/u.test(tokens[c.start]!.text);
  // "singer Ally Brooke", "analyst Will Hart": a role before a name whose given name is also a word
  const roleNamed = e.has('role') && n >= 2 && n <= 3 && nameAfterRole(tokens.slice(c.start, c.end));
  const notNameLike = (e.has('not-name-like') && !roleNamed) || camel;
  if (!notNameLike && (e.has('first-name') || e.has('surname-list') || e.has('known-person'))) return 'person';
  if (!notNameLike && has(PERSON_EVIDENCE)) {
    // a single capitalised word needs more than a role word before it
    if (n === 1) {
      const t = tokens[c.start]!;
      if (isCommonWord(t.key) && !isLastName(t.key) && !isFirstName(t.key)) return 'unknown';
      // ("Federated, owner of two chains": an ordinary word no list knows as a name needs a title or an honorific)
      if (isEnglishWord(t.key) && !isNamePart(t.key) && !isFirstName(t.key) && !e.has('title') && !e.has('honorific')) return 'unknown';
      if (e.has('title') || e.has('honorific') || e.has('role') || e.has('appositive') || e.has('age')) return 'person';
      return 'unknown';
    }
    return 'person';
  }
  if (!notNameLike && e.has('speech')) {
    if (n >= 2) return 'person';
    return 'unknown'; // a lone word before "said": a surname, decided by reference below
  }
  // "Big Harbour said", "KXYZ TV reports": words that speak but cannot be a person's name
  if (notNameLike && e.has('speaks') && n >= 2 && n <= 4) {
    const words = tokens.slice(c.start, c.end);
    if (words.every((w) => w.cap && !w.possessive && !isNamePart(w.key) && !isFirstName(w.key) && !/\p{N}/u.test(w.text)) && !words.some((w) => isRoleNoun(w.key) || TITLES.has(w.key))) return 'organisation';
  }
  // Asked last, when nothing else has settled it, because it means tagging the sentence.
  if (!notNameLike && taggerReadsPerson(a, c)) return 'person';
  return 'unknown';
}

/** Capitalised words that may be a name after a role, whatever its given name is ("singer Ally Brooke"). */
function nameAfterRole(words: readonly Token[]): boolean {
  const last = words[words.length - 1]!;
  return words.every((w) => w.cap && !w.upper && !countryOf(w.text) && !demonymCountry(w.text))
    && !ORG_HEADS.has(last.key) && !PLACE_HEADS.has(last.key) && (isNamePart(last.key) || !isCommonWord(last.key));
}

/** compromise's tagger, from the context, read every word of a name-shaped candidate as part of a person's name. */
function taggerReadsPerson(a: Analysis, c: Candidate): boolean {
  if (!c.askTagger) return false;
  const words = a.tokens.slice(c.start, c.end);
  if (!words.every((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('LastName'))) return false;
  c.evidence.add('tagger-person');
  return true;
}

/** "WeWork", "SoftBank" (not "McDonald", "DeSantis", "OmarIlhan"): a word shaped like a brand. */
function camelCaseWord(text: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu) ?? []).length === 2 && !/^(Mc|Mac|O|De|Di|Da|La|Le|Van|Von|Du|St)\p{Lu}/u.test(text);
}

/**
 * "WeWork", "SoftBank": a company's camel-case name — not a family name ("McDonald", "DeSantis"), a
 * handle or hashtag ("@MattBevin"), or words run together; used more than once or with a cue.
 */
function camelCaseCompany(a: Analysis, t: Token, c: Candidate, counts: ReadonlyMap<string, number>): boolean {
  if (!/^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text) || (t.text.match(/\p{Lu}/gu) ?? []).length > 2 || isFirstName(t.key)) return false;
  if (/^(Mc|Mac|O|De|Di|Da|La|Le|Van|Von|Du|St)\p{Lu}/u.test(t.text)) return false;
  const before = a.paragraphs[t.paragraph]![t.start - 1];
  if (before === '@' || before === '#') return false;
  // ("investor SoftBank": a role noun before a brand-shaped word, which is never a person's name)
  const cue = ['speech', 'told', 'employer', 'descriptor', 'corporate-prefix', 'role'].some((x) => c.evidence.has(x)) || t.possessive;
  // (a word run on into the next name, "OmarIlhan", is no brand: it is glued link text)
  const next = a.tokens[t.i + 1];
  // nor two plurals run together ("CatsDogs")
  const glued = /^\p{Lu}\p{Ll}+s\p{Lu}/u.test(t.text);
  if (!cue && soldAsProduct(a, t.key)) return false;
  return cue || (counts.get(t.key) ?? 0) >= 2 || (!glued && !(next && next.word && next.cap && next.start === t.end + 1));
}

const productCache = new WeakMap<Analysis, Set<string>>();
/** Is the word written somewhere as a product: with a model number or word after it ("PlayStation 5",
 * "AirPods Pro"), after "new" ("the new AirPods"), or beside a price? */
function soldAsProduct(a: Analysis, key: string): boolean {
  let set = productCache.get(a);
  if (!set) {
    set = new Set();
    const tokens = a.tokens;
    for (const t of tokens) {
      if (!t.word || !/^\p{Lu}?\p{Ll}+\p{Lu}/u.test(t.text)) continue;
      const next = tokens[t.i + 1];
      const model = !!next && next.sentence === t.sentence && !t.possessive && next.start <= t.end + 1 && (/^\p{N}/u.test(next.text) || (next.cap && PRODUCT_WORDS.has(next.key)) || /^\p{Lu}\p{N}/u.test(next.text));
      const fresh = tokens[t.i - 1]?.key === 'new';
      const sentence = a.sentences[t.sentence]!;
      const price = tokens.slice(sentence.start, sentence.end).some((w) => /^[$€£¥]$/.test(w.text));
      if (model || fresh || price) set.add(t.key);
    }
    productCache.set(a, set);
  }
  return set.has(key);
}

/** "Sierra Vista" beside "Sierra Vista Corporation": a name read as a person's that the article also
 * gives with an organisation's head words after it is that organisation's short name. */
function companyShortNames(a: Analysis, candidates: Candidate[]): void {
  const tokens = a.tokens;
  const orgStarts = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.kind !== 'organisation' || c.end - c.start < 3 || !ORG_HEADS.has(tokens[c.end - 1]!.key)) continue;
    const list = orgStarts.get(tokens[c.start]!.key) ?? [];
    list.push(c);
    orgStarts.set(tokens[c.start]!.key, list);
  }
  if (!orgStarts.size) return;
  for (const c of candidates) {
    if (c.kind !== 'person' || c.end - c.start < 2) continue;
    const n = c.end - c.start;
    const long = orgStarts.get(tokens[c.start]!.key)?.find((o) => o.end - o.start > n
      && tokens.slice(o.start, o.start + n).every((t, k) => t.key === tokens[c.start + k]!.key)
      && tokens.slice(o.start + n, o.end).every((t) => ORG_HEADS.has(t.key)));
    if (long) c.kind = 'organisation';
  }
}

/**
 * "the Hawks", "Springfield Hawks": in a sports report, a capitalised plural the article writes after
 * "the" (alone or after a place) names a team — unless it is a place, a people, a party's members, an
 * event or a family ("the Vales" beside "Ann Vale").
 */
/** "her gritty drama Wasp", "the film Mary Poppins": a title after a kind of work, here and wherever the
 * article writes it again, names no person or body. */
function workTitles(a: Analysis, candidates: Candidate[]): void {
  const tokens = a.tokens;
  const titles = new Set<string>();
  for (const c of candidates) {
    // "the film Harbour Lights", "the exhibition, Harbour Lights, opens"
    const apposed = tokens[c.start - 1]?.text === ',' && tokens[c.end]?.text === ',';
    const prev = tokens[c.start - (apposed ? 2 : 1)];
    if (!prev || !prev.word || prev.cap || !WORK_NOUNS.has(prev.key) || prev.sentence !== tokens[c.start]!.sentence) continue;
    if (c.kind === 'organisation' && (c.acronym || c.evidence.has('lexicon-org') || c.evidence.has('head'))) continue;
    if (c.evidence.has('known-person') || c.evidence.has('title') || c.evidence.has('honorific')) continue;
    titles.add(surface(a, c.start, c.end));
  }
  // "an annual Shakespeare festival": one name alone before an event or honour named after it, and never
  // written as a person's (no title, no role, no speech, no full name holding it)
  const strong = ['title', 'honorific', 'appositive', 'role', 'speech', 'age', 'kinship'];
  const events = new Set<string>();
  for (const c of candidates) {
    const next = tokens[c.end];
    if (c.end - c.start === 1 && (c.kind === 'person' || c.kind === 'unknown') && next && next.word && !next.cap && EVENT_NOUNS.has(next.key) && next.sentence === tokens[c.start]!.sentence && !tokens[c.start]!.possessive) events.add(tokens[c.start]!.key);
  }
  for (const c of candidates) {
    if (!events.size) break;
    const keys = tokens.slice(c.start, c.end).map((t) => t.key);
    if ((c.kind === 'person' && c.end - c.start >= 2) || ((c.kind === 'person' || c.kind === 'unknown') && strong.some((x) => c.evidence.has(x)))) for (const k of keys) events.delete(k);
  }
  if (!titles.size && !events.size) return;
  for (const c of candidates) {
    if (c.acronym) continue;
    if ((c.kind === 'person' || c.kind === 'unknown' || c.kind === 'organisation') && titles.has(surface(a, c.start, c.end))) c.kind = 'other';
    else if ((c.kind === 'person' || c.kind === 'unknown') && c.end - c.start === 1 && events.has(tokens[c.start]!.key)) c.kind = 'other';
  }
}

/** The different words of team sport the article uses in lower case: four or more make a sports report. */
function sportWords(a: Analysis): number {
  const sport = new Set<string>();
  for (const t of a.tokens) if (t.word && !t.cap && TEAM_SPORT_WORDS.has(t.key)) sport.add(t.key);
  return sport.size;
}

function sportsTeams(a: Analysis, candidates: Candidate[], sport: number): void {
  const tokens = a.tokens;
  if (sport < 4) return;
  const families = new Set<string>();
  for (const c of candidates) if (c.kind === 'person') for (let i = c.start; i < c.end; i++) families.add(tokens[i]!.key);
  const teamWord = (t: Token) => /^\p{Lu}\p{Ll}*[^sui]s$/u.test(t.text) && !t.upper
    && !isLexiconPlace(t.key) && !countryOf(t.text) && !demonymCountry(t.text) && !lexiconTags(t.key)?.has('Demonym')
    && !PARTY_MEMBERS.has(t.key) && !OTHER_HEADS.has(t.key) && !ORG_HEADS.has(t.key) && !GENERIC_ALONE.has(t.key) && !isDateWord(t.key)
    && !families.has(t.key.replace(/e?s$/, '')) && !families.has(t.key.slice(0, -1));
  const afterThe = new Set<string>();
  const place = (t: Token | undefined) => !!t && t.cap && !t.possessive && (isLexiconPlace(t.key) || US_STATES.has(t.key));
  singularTeams(a, candidates, place);
  for (const t of tokens) {
    if (!t.word || !t.cap || !teamWord(t)) continue;
    const before = tokens[t.i - 1];
    if (before?.key === 'the' || (before?.cap && !before.possessive && tokens[t.i - 2]?.key === 'the')) afterThe.add(t.key);
  }
  if (!afterThe.size) return;
  for (const c of candidates) {
    if (c.kind === 'organisation' || c.acronym) continue;
    if (c.kind === 'person' && STRONG_PERSON.some((x) => c.evidence.has(x))) continue;
    const n = c.end - c.start;
    const last = tokens[c.end - 1]!;
    if (!afterThe.has(last.key) || !teamWord(last)) continue;
    const first = tokens[c.start]!;
    // ("the Six Nations" is a tournament, named by a number)
    if (n === 1 || (n === 2 && (place(first) || tokens[c.start - 1]?.key === 'the') && !lexiconTags(first.key)?.has('Cardinal') && !lexiconTags(first.key)?.has('Value'))) {
      c.kind = 'organisation';
      c.evidence.add('team');
    }
  }
}

/**
 * "the Wild", "Minnesota Wild": a team whose nickname is no plural. In a sports report, a capitalised word
 * the article writes both after a place and after "the" in mid-sentence — no event ("the Open", "the
 * Cup"), body, place or people — names a team wherever it stands alone or after a place.
 */
/** Words after a club's name that speak of its people: "Chester boss", "Rangers striker". */
const CLUB_FOLLOWERS = new Set(['boss', 'manager', 'coach', 'captain', 'chairman', 'skipper', 'striker', 'midfielder', 'defender', 'winger', 'forward', 'keeper', 'goalkeeper', 'fans', 'supporters', 'squad', 'youngster', 'academy', 'team-mate', 'teammate', 'legend']);
/** Words before a club's name: "joined Chester", "against Rangers", "beat Harbourton". */
const CLUB_LEADERS = new Set(['joined', 'join', 'joining', 'rejoined', 'against', 'beat', 'beating', 'face', 'facing', 'host', 'hosting', 'hosted', 'v', 'vs']);
/** Leaders said of a club, never of a player: "joined Chester". */
const JOIN_VERBS = new Set(['joined', 'join', 'joining', 'rejoined']);
/** Verbs before "for", "from" or "to" a club: "signed for", "loaned to" (not "moved from", said of towns). */
const MOVE_VERBS = /^(?:sign|signed|signing|signs|loan|loaned|transfer|transferred)$/;

/**
 * "Chester boss Ann Bee", "joined Rangers", "signed for Harbourton": in a sports report, a one-word name
 * (a town's, or one nothing else explains) that the article uses as a club's, with the club's people after
 * it or a move or a match before it, names the club wherever the article writes it alone. A country's
 * name is its national side and stays the country.
 */
function placeClubs(a: Analysis, candidates: Candidate[], sport: number): void {
  const tokens = a.tokens;
  // (the cues are strong: two words of sport will do)
  if (sport < 2) return;
  const at = new Map<number, Candidate>();
  for (const c of candidates) for (let i = c.start; i < c.end; i++) at.set(i, c);
  // the words of people's names ("beating Samaria" after "Agnes Samaria") name no club
  const personWords = new Set<string>();
  for (const c of candidates) if (c.kind === 'person') for (let i = c.start; i < c.end; i++) personWords.add(tokens[i]!.key);
  // a single capitalised word, alone (not inside a longer name), that a town or an unexplained name can be
  const alone = (t: Token) => {
    const c = at.get(t.i);
    if (!t.word || !t.cap || t.upper || /['’]/.test(t.text) || personWords.has(t.key) || countryOf(t.text) || demonymCountry(t.text) || (t.initial && !isLexiconPlace(t.key))) return false;
    if (c) return c.end - c.start === 1 && !c.acronym && (c.kind === 'unknown' || c.kind === 'other');
    const prev = tokens[t.i - 1];
    const next = tokens[t.i + 1];
    return isLexiconPlace(t.key) && !(prev?.word && prev.cap && prev.sentence === t.sentence && !prev.initial) && !(next?.word && next.cap && next.sentence === t.sentence);
  };
  const clubs = new Set<string>();
  for (const t of tokens) {
    if (!alone(t)) continue;
    const next = t.possessive ? undefined : tokens[t.i + 1];
    const prev = tokens[t.i - 1];
    const followed = !!next && next.word && !next.cap && next.sentence === t.sentence && CLUB_FOLLOWERS.has(next.key);
    // ("against A", "beat A" are said of players too: of a town only)
    const led = !!prev && prev.word && !prev.cap && prev.sentence === t.sentence
      && ((CLUB_LEADERS.has(prev.key) && (isLexiconPlace(t.key) || JOIN_VERBS.has(prev.key))) || (['for', 'from', 'to'].includes(prev.key) && MOVE_VERBS.test(tokens[t.i - 2]?.key ?? '')));
    if (followed || led) clubs.add(t.key);
  }
  if (!clubs.size) return;
  for (const t of tokens) {
    if (!clubs.has(t.key) || !alone(t)) continue;
    const c = at.get(t.i);
    if (c) {
      c.kind = 'organisation';
      c.evidence.add('team');
    } else candidates.push({ start: t.i, end: t.i + 1, kind: 'organisation', evidence: new Set(['team']), acronym: false });
  }
}

/** A team's people, named after the team's nickname: "Wild coach Ann Bee". */
const TEAM_ROLES = new Set(['coach', 'captain', 'manager', 'goalie', 'goalkeeper', 'player', 'owner']);

function singularTeams(a: Analysis, candidates: Candidate[], place: (t: Token | undefined) => boolean): void {
  const tokens = a.tokens;
  const nickname = (t: Token) => t.word && t.cap && !t.upper && !/s$/.test(t.key) && !countryOf(t.text) && !demonymCountry(t.text) && !isLexiconPlace(t.key)
    && !US_STATES.has(t.key) && !OTHER_HEADS.has(t.key) && !ORG_HEADS.has(t.key) && !PLACE_HEADS.has(t.key) && !GENERIC_ALONE.has(t.key) && !TITLES.has(t.key)
    && !isDateWord(t.key) && !isFirstName(t.key) && !isLastName(t.key) && !isNameToken(tokens[t.i + 1]);
  // (after a place, or before one of the team's people)
  const afterPlace = new Set<string>();
  const afterThe = new Set<string>();
  for (const t of tokens) {
    if (!nickname(t)) continue;
    const before = tokens[t.i - 1];
    const role = tokens[t.i + 1];
    if (place(before) && !isNameToken(tokens[t.i - 2])) afterPlace.add(t.key);
    else if (before?.key === 'the' && !before.cap) afterThe.add(t.key);
    // "Wild coach Ann Bee", "Wild defenseman Ann Bee": the team's people
    if (role && !role.cap && (POSITIONS.has(role.key) || TEAM_ROLES.has(role.key)) && isNameToken(tokens[t.i + 2])) afterPlace.add(t.key);
  }
  const teams = new Set([...afterPlace].filter((k) => afterThe.has(k)));
  if (!teams.size) return;
  const taken = new Map<number, Candidate>();
  for (const c of candidates) for (let i = c.start; i < c.end; i++) taken.set(i, c);
  for (const t of tokens) {
    if (!teams.has(t.key) || !nickname(t)) continue;
    const start = place(tokens[t.i - 1]) ? t.i - 1 : t.i;
    if (start === t.i && isNameToken(tokens[t.i - 1])) continue;
    const held = taken.get(t.i);
    if (held && (held.start !== start || held.end !== t.i + 1)) continue;
    if (held) {
      held.kind = 'organisation';
      held.evidence.add('team');
    } else candidates.push({ start, end: t.i + 1, kind: 'organisation', evidence: new Set(['team']), acronym: false });
  }
}

/** "Ann Vale’s Copper Kettle": what a person owns is no person, unless something else says it is one. */
function ownedNoPerson(a: Analysis, candidates: Candidate[]): void {
  const tokens = a.tokens;
  for (let ci = 0; ci + 1 < candidates.length; ci++) {
    const owner = candidates[ci]!;
    const owned = candidates[ci + 1]!;
    if (owner.kind !== 'person' || !tokens[owner.end - 1]!.possessive || owned.start !== owner.end || owned.kind !== 'person') continue;
    if (!STRONG_PERSON.some((x) => owned.evidence.has(x)) && !owned.evidence.has('speech')) owned.kind = 'unknown';
  }
}

/** "Ann Vale, Oren Daskal and Ilse Morrow", "Zentrix, Kobalt Dynamics and Velmora": the names of a list
 * are of one kind, so an unknown name in a list of people (or of organisations only) takes that kind. */
function inSeries(a: Analysis, candidates: Candidate[]): void {
  const tokens = a.tokens;
  const joins = (x: Candidate, y: Candidate) => {
    const between = tokens.slice(x.end, y.start).map((t) => t.key);
    return !tokens[x.end - 1]!.possessive && tokens[y.start]!.sentence === tokens[x.start]!.sentence
      && (between.join(' ') === ',' || between.join(' ') === 'and' || between.join(' ') === ', and' || between.join(' ') === 'or' || between.join(' ') === ', or');
  };
  for (let i = 0; i < candidates.length; ) {
    let j = i;
    while (j + 1 < candidates.length && joins(candidates[j]!, candidates[j + 1]!)) j++;
    const list = candidates.slice(i, j + 1);
    i = j + 1;
    // "Zentrix and Harbour Lighting Technologies": one unknown word paired with a firm's name is a firm too
    if (list.length === 2) {
      const firm = list.find((c) => c.kind === 'organisation' && !c.acronym && c.evidence.has('head') && c.end - c.start >= 2);
      const other = list.find((c) => c !== firm && c.kind === 'unknown' && !c.acronym && c.end - c.start === 1);
      const t = other && tokens[other.start]!;
      if (firm && other && t && !t.upper && !t.possessive && !isFirstName(t.key) && !isLastName(t.key) && !isNamePart(t.key) && !isCommonWord(t.key) && !isEnglishWord(t.key) && !isLexiconPlace(t.key) && !countryOf(t.text)) other.kind = 'organisation';
    }
    if (list.length < 3) continue;
    const people = list.filter((c) => c.kind === 'person' && c.end - c.start >= 2).length;
    const orgs = list.filter((c) => c.kind === 'organisation' && !c.acronym).length;
    const others = list.filter((c) => c.kind === 'place' || c.kind === 'other').length;
    const unknown = list.filter((c) => c.kind === 'unknown').length;
    // "Zentrix, BondHarbor, Velmora and KettleWorks": camel-case names are brands, so such a list is one of companies
    const brands = list.filter((c) => c.kind === 'unknown' && c.end - c.start === 1 && camelCaseWord(tokens[c.start]!.text)).length;
    // "Uber or Lyft or Postmates": a known company's name among single unknown words
    const known = list.filter((c) => c.kind === 'organisation' && c.evidence.has('lexicon-org') && !c.acronym).length;
    const single = list.every((c) => c.kind !== 'unknown' || (c.end - c.start === 1 && !c.evidence.has('not-name-like')));
    if (!others && !people && (orgs + brands >= 2 && brands >= 1 || known >= 1 && single) && !list.some((c) => c.kind === 'person')) {
      for (const c of list) if (c.kind === 'unknown' && !c.acronym && c.end - c.start <= 2 && !tokens[c.start]!.initial && !c.evidence.has('first-name')) c.kind = 'organisation';
      continue;
    }
    // (most of the list already known, and more than one: a list of films with one director in it says nothing)
    if (others || unknown > Math.max(people, orgs) || Math.max(people, orgs) < 2) continue;
    for (const c of list) {
      if (c.kind !== 'unknown' || c.acronym) continue;
      const n = c.end - c.start;
      if (people && !orgs && n >= 2 && n <= 3 && c.askTagger && !c.evidence.has('not-name-like')) c.kind = 'person';
      else if (orgs >= 1 && !people && n <= 3 && !tokens[c.start]!.initial) c.kind = 'organisation';
    }
  }
}

const STRONG_PERSON = ['first-name', 'surname-list', 'known-person', 'title', 'honorific', 'role', 'appositive', 'age', 'kinship'];
/** "Big Harbour, which was sold…" and "Big Harbour denied it": a name that is no person's, spoken of
 * with "which" and speaking elsewhere, is an organisation's. */
function speakingThings(a: Analysis, candidates: Candidate[]): void {
  const key = (c: Candidate) => nameKey(surface(a, c.start, c.end));
  // a person's name would have a given name, a title or a role somewhere; name-shaped words alone are not enough
  const strong = new Set(candidates.filter((c) => STRONG_PERSON.some((x) => c.evidence.has(x))).map(key));
  const open = candidates.filter((c) => (c.kind === 'unknown' || c.kind === 'person') && c.end - c.start >= 2 && !strong.has(key(c)));
  const which = new Set(open.filter((c) => c.evidence.has('which')).map(key));
  const speaks = new Set(open.filter((c) => c.evidence.has('speech') || c.evidence.has('told')).map(key));
  for (const c of open) if (which.has(key(c)) && speaks.has(key(c))) c.kind = 'organisation';
}

/** Surnames, first names and short names that repeat a name found elsewhere in the article. */
function promoteByReference(a: Analysis, candidates: Candidate[]): void {
  const tokens = a.tokens;
  const personTokens = new Map<string, number>();
  const orgFirstWords = new Set<string>();
  const strongSingle = (c: Candidate) => ['title', 'honorific', 'appositive', 'role'].some((x) => c.evidence.has(x));
  for (const c of candidates) {
    if (c.kind === 'person' && (c.end - c.start >= 2 || strongSingle(c))) {
      for (let i = c.start; i < c.end; i++) if (!NAME_CONNECTORS.has(tokens[i]!.key)) personTokens.set(tokens[i]!.key, (personTokens.get(tokens[i]!.key) ?? 0) + 1);
    }
    if (c.kind === 'organisation' && c.end - c.start === 2 && ORG_HEADS.has(tokens[c.end - 1]!.key)) orgFirstWords.add(tokens[c.start]!.key);
  }
  const counts = new Map<string, number>();
  for (const t of tokens) if (t.word && t.cap) counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  const surnames = new Set<string>();
  for (const c of candidates) if (c.kind === 'person' && c.end - c.start >= 2) surnames.add(tokens[c.end - 1]!.key);
  // the same words as an organisation found elsewhere ("Big Harbour have denied it")
  const orgNames = new Set(candidates.filter((c) => c.kind === 'organisation' && !c.acronym).map((c) => nameKey(surface(a, c.start, c.end))));
  for (const c of candidates) {
    if (c.kind !== 'unknown') continue;
    const n = c.end - c.start;
    const t = tokens[c.start]!;
    // (one word too: "Cook said Acme employs…" beside "Acme, a giant producer,")
    if ((n >= 2 || !personTokens.has(t.key)) && !HONORIFICS.has(t.key.replace(/\.$/, '')) && orgNames.has(nameKey(surface(a, c.start, c.end)))) {
      c.kind = 'organisation';
      continue;
    }
    // "Cook said" after "Tim Cook": a surname that is also an ordinary word
    // (opening a sentence too, before a verb, when the word is no common one: "Gardener clocked 6.56 seconds")
    // (asked last: reading the next word's tags means tagging its sentence)
    const verbAfter = () => !!tokens[c.end] && tokens[c.end]!.word && !tokens[c.end]!.cap && tokens[c.end]!.sentence === t.sentence && (tokens[c.end]!.tags.has('PastTense') || tokens[c.end]!.tags.has('PresentTense'));
    if (n === 1 && personTokens.has(t.key) && !t.upper && (!t.initial || t.possessive || c.evidence.has('speech') || !c.evidence.has('not-name-like') || (!isCommonWord(t.key) && verbAfter()))) {
      c.kind = 'person';
      continue;
    }
    // "rival Acme", "rival Grey Global": a company's name, as no person the article names
    if (n <= 3 && c.evidence.has('rival') && !c.evidence.has('speech') && !personTokens.has(t.key)) {
      c.kind = 'organisation';
      continue;
    }
    if (c.evidence.has('not-name-like')) continue;
    if (n === 1 && personTokens.has(t.key)) c.kind = 'person';
    else if (n === 1 && orgFirstWords.has(t.key) && !isCommonWord(t.key)) c.kind = 'organisation';
    // "WeWork", "SoftBank": a company's camel-case name ("McDonald", "DeSantis" are family names)
    else if (n === 1 && camelCaseCompany(a, t, c, counts)) c.kind = 'organisation';
    else if (n === 1 && c.evidence.has('org-role') && !isCommonWord(t.key) && !isFirstName(t.key) && !t.initial) c.kind = 'organisation';
    // "…,” Varga said": a surname the article never gives in full
    // "…, the Landesbank said": people take no article
    else if (n === 1 && c.evidence.has('speaks') && tokens[c.start - 1]?.key === 'the' && !t.upper && !isCommonWord(t.key) && !isLexiconPlace(t.key) && !countryOf(t.text) && !isFirstName(t.key) && !personTokens.has(t.key)) c.kind = 'organisation';
    else if (n === 1 && c.evidence.has('speech') && !t.initial && t.text.length > 1 && tokens[c.start - 1]?.key !== 'the' && !isCommonWord(t.key) && !isLexiconPlace(t.key) && !t.upper && !/\p{Lu}/u.test(t.text.slice(1))) c.kind = 'person';
    else if (n === 2 && surnames.has(tokens[c.end - 1]!.key)) c.kind = 'person';
    else if (n === 1 && c.evidence.has('told') && (isLexiconOrganisation(t.key) || tokens[c.start - 1]?.key === 'the')) c.kind = 'organisation';

  }
}

// ---------- acronym definitions ----------

interface RawDefinition {
  acronym: string;
  longForm: Candidate | null;
  at: number;
}

function findDefinitions(a: Analysis, candidates: Candidate[]): RawDefinition[] {
  const tokens = a.tokens;
  const out: RawDefinition[] = [];
  const byStart = new Map<number, Candidate>();
  const byEnd = new Map<number, Candidate>();
  for (const c of candidates) {
    byStart.set(c.start, c);
    byEnd.set(c.end, c);
  }
  for (const acr of candidates) {
    if (!acr.acronym) continue;
    const at = acr.start;
    const t = tokens[at]!;
    // "LONG (ACR)" or "LONG, or ACR,"
    let longEnd = -1;
    if (tokens[at - 1]?.text === '(' && tokens[at + 1]?.text === ')') longEnd = at - 1;
    else if (tokens[at - 1]?.key === 'or' && tokens[at - 2]?.text === ',' && [',', '.', ')', ';', '–', '—', '-'].includes(tokens[at + 1]?.text ?? '.')) longEnd = at - 2;
    if (longEnd > 0) {
      const sentenceStart = a.sentences[t.sentence]!.start;
      const from = Math.max(sentenceStart, longEnd - 20);
      const words = tokens.slice(from, longEnd).filter((w) => w.word);
      const start = longFormStart(t.text, words.map((w) => w.text));
      if (start !== null) {
        const startToken = words[start]!.i;
        const long = byEnd.get(longEnd) ?? null;
        if (long && long.start <= startToken && long.kind !== 'place' && long.kind !== 'other') {
          // the long form is (the end of) a candidate: the acronym takes its kind
          out.push({ acronym: t.text, longForm: long, at });
          acr.evidence.add('definition');
          continue;
        }
        // a long form that names a place, a programme or a document: the acronym is no entity either
        acr.evidence.add('definition-other');
        out.push({ acronym: t.text, longForm: null, at });
        continue;
      }
    }
    // "ACR (LONG)"
    if (tokens[at + 1]?.text === '(') {
      const long = byStart.get(at + 2);
      if (long && tokens[long.end]?.text === ')') {
        const words = tokens.slice(long.start, long.end).map((w) => w.text);
        if (longFormStart(t.text, words) === 0) {
          out.push({ acronym: t.text, longForm: long, at });
          acr.evidence.add('definition');
        }
      }
    }
  }
  // Long forms of acronyms: organisations unless the long form itself says otherwise.
  for (const d of out) {
    if (!d.longForm) continue;
    if (d.longForm.kind === 'unknown') {
      const kind = decide(a, d.longForm);
      if (kind === 'unknown') {
        // an unknown name given an acronym ("Maghawir al Thawra, or MaT") is most often an organisation's
        d.longForm.kind = 'organisation';
        d.longForm.evidence.add('definition');
      } else if (kind === 'person') {
        // "Universal Periodic Review (UPR)": neither the long form nor the acronym is an organisation
        const acr = candidates.find((c) => c.start === d.at);
        if (acr && !d.longForm.evidence.has('speech')) acr.evidence.add('definition-other');
        d.longForm = null;
      }
    }
  }
  return out;
}

// ---------- organisations named in lower case ----------

/**
 * "the U.N. human rights office", "China’s foreign ministry", "China’s diplomatic mission in Geneva":
 * organisations the text names by description. The first kind hangs off a named organisation; the
 * second off a country.
 */
/**
 * "Labour", "the Tories", "Lib Dem leader A B", "Democratic Senator A B": political parties named by a
 * short form (../data/parties.json), under the party's full name. Not where the words open a longer
 * name ("Labour Day", "Democratic Republic of …"), nor where another mention already holds them.
 */
function findParties(a: Analysis, mentions: readonly Mention[]): Mention[] {
  const tokens = a.tokens;
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.start; i < m.end; i++) covered.add(i);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || !t.cap || covered.has(i)) continue;
    const prev = tokens[i - 1];
    if (prev?.word && prev.cap && !prev.initial && prev.sentence === t.sentence && !prev.possessive) continue;
    for (const form of PARTY_FORMS.get(t.key) ?? []) {
      let end = i + form.words.length;
      const words = tokens.slice(i, end);
      if (words.length < form.words.length || words.some((w, k) => !w.word || !w.cap || w.key !== form.words[k] || w.sentence !== t.sentence || covered.has(i + k) || (k < words.length - 1 && w.possessive))) continue;
      const next = words[words.length - 1]!.possessive ? undefined : tokens[end];
      const following = next?.word && next.sentence === t.sentence ? next : undefined;
      const party = following?.key === 'party';
      const role = !!following && (TITLES.has(following.key) || isRoleNoun(following.key) || (following.cap && isFirstName(following.key)));
      if (following?.cap && !party && !role) break; // a longer name
      if (form.adjective && !party && !role) break;
      if (party) end++;
      out.push({ kind: 'organisation', start: i, end, text: form.party, evidence: new Set(['party']), acronym: false });
      i = end - 1;
      break;
    }
  }
  return out;
}

function findDescriptiveOrganisations(a: Analysis, mentions: readonly Mention[]): Mention[] {
  const tokens = a.tokens;
  const out: Mention[] = [];
  const orgAt = new Map<number, Mention>();
  for (const m of mentions) if (m.kind === 'organisation') orgAt.set(m.end - 1, m);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const org = orgAt.get(i);
    const country = !org && t.cap ? countryOf(t.text) ?? (t.possessive ? undefined : demonymCountry(t.text)) : undefined;
    if (!org && !country) continue;
    if (org && (t.possessive || (org.end - org.start > 1 && ORG_HEADS.has(t.key)))) continue;
    if (country && !t.possessive && !demonymCountry(t.text)) continue;
    // up to three lower-case words ending in a head noun
    let j = i + 1;
    let head = -1;
    while (j < tokens.length && j <= i + 4 && tokens[j]!.word && !tokens[j]!.cap && tokens[j]!.sentence === t.sentence) {
      const key = tokens[j]!.key;
      if (org ? LOWERCASE_HEADS.has(key) : GOVERNMENT_BODIES.some((b) => b[b.length - 1] === key)) head = j;
      if (tokens[j]!.possessive || speechVerbBase(key) || isFunctionWord(key)) break;
      j++;
    }
    if (head < 0) continue;
    if (country) {
      const words = tokens.slice(i + 1, head + 1).map((w) => w.key);
      const body = GOVERNMENT_BODIES.find((b) => b.length <= words.length && b.every((w, k) => words[words.length - b.length + k] === w));
      if (!body) continue;
    }
    let end = head + 1;
    // "… mission in Geneva", "… mission to the United Nations"
    const prep = tokens[end];
    if (country && prep && (prep.key === 'in' || prep.key === 'to') && !tokens[head]!.possessive) {
      let k = end + 1;
      if (tokens[k]?.key === 'the') k++;
      const placeEnd = k < tokens.length && isNameToken(tokens[k]) ? k + 1 : -1;
      if (placeEnd > 0 && tokens[k]!.sentence === t.sentence) end = placeEnd;
    }
    const start = org ? org.start : i;
    out.push({
      kind: 'organisation',
      start,
      end,
      text: surface(a, start, end),
      evidence: new Set(['descriptive']),
      acronym: false,
      descriptive: true,
    });
    i = end - 1;
  }
  return out;
}

/** For tests and tools: fold a name the way mentions are compared. */
export const mentionKey = (text: string) => fold(text);

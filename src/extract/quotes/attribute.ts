// Says who each quotation belongs to: the subject of a speech verb after the quote ("…,” Zhou said)
// or before it (Zhou said, “…”), the one who said it rather than the one reporting it ("he said, “…,”
// the office said"), "according to X", "quoted X as saying", a pronoun resolved to the person last
// named, a role ("the envoy to Chile") or a description ("the 35-year-old") resolved to the person
// meant, a document ("the report said") resolved to the body that issued it, a country to its
// government, and the speaker of the quotation before when a paragraph only goes on quoting.
import type { Analysis, Token } from '../nlp/analyse.ts';
import {
  DOCUMENT_FAMILIES, DOCUMENT_NOUNS, GOVERNMENT_WORDS, HONORIFICS, ISSUING_VERBS, PRONOUNS, TITLES, countryOf, demonymCountry, isDateWord,
  PARTY_LABELS, ROLES, isOutlet, isPastSpeechForm, isRoleNoun, lexiconTags, speechVerbBase,
} from '../nlp/lexicon.ts';
import type { EntityGroup } from '../entities/group.ts';
import type { Mention } from '../entities/mentions.ts';
import type { QuoteSpan } from './spans.ts';
import speechData from '../data/speech.json' with { type: 'json' };

/** "the authors of a study published in the journal X": words that make X where they wrote, not who speaks. */
const PUBLISHED_IN = new Set(speechData.publishedIn);

export interface Attribution {
  speakers: Array<EntityGroup | null>;
  /** Governments created because a country was quoted ("China dismissed the report as “…”"). */
  governments: EntityGroup[];
}

interface Placed {
  group: EntityGroup;
  mention: Mention;
}

interface Issued {
  noun: string;
  group: EntityGroup;
  at: number;
  priority: number;
}

const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'did', 'does', 'do', 'also', 'later', 'then', 'again', 'once', 'previously', 'earlier', 'further', 'repeatedly', 'recently', 'reportedly', 'publicly', 'privately', 'separately', 'subsequently', 'simply', 'just', 'still', 'even', 'only', 'had', 'been', 'could', 'should', 'may', 'might', 'must', 'can']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'our', 'my', 'your']);
const CLAUSE_BREAKS = new Set(['that', 'which', 'who', 'whom', 'while', 'whereas', 'because', 'although', 'though', 'but', 'and', 'or', 'when', 'where', 'if', 'as', 'after', 'before', 'since', 'so', 'than', 'whether', 'until', 'unless']);
/** Words that open a clause inside a sentence, whose subject is not what the sentence is about ("as Mr Vale believed"). */
const SUBORDINATORS = new Set(['as', 'than', 'because', 'although', 'though', 'whereas', 'unless', 'whether', 'like']);
/** Forms of "be" before a passive verb: "was described by". */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
/** Words that open a sentence without being part of its subject. */
const CONNECTIVES = new Set(['but', 'and', 'yet', 'so', 'then', 'however', 'meanwhile', 'still', 'now', 'instead', 'later', 'earlier', 'afterwards', 'nevertheless']);
const LEADERS = new Set(['led', 'headed', 'chaired', 'including']);
const DOC_PREPOSITIONS = new Set(['in', 'via', 'through', 'to']);
/** A country's forces, quoted as a body: "the US military said". */
const ARMED_BODIES = new Set(['military', 'army', 'navy', 'police', 'coastguard', 'forces']);
/** Nouns that stand for an organisation named before: "the company said". */
const ORG_ANAPHORS = new Set(['company', 'firm', 'group', 'organisation', 'organization', 'agency', 'bank', 'ministry', 'department', 'charity', 'union', 'party', 'council', 'committee', 'commission', 'watchdog', 'regulator', 'retailer', 'carrier', 'airline', 'insurer', 'lender', 'broadcaster', 'newspaper', 'paper', 'magazine', 'website', 'network', 'outlet', 'publication', 'institute', 'university', 'foundation', 'association', 'office', 'board', 'court', 'club', 'team', 'manufacturer', 'maker', 'giant', 'conglomerate', 'startup', 'ngo']);
/** Organisation nouns that stand only for an organisation that has the word in its name: "the committee"
 *  is a committee, where "the company" may be any firm. */
const NAMED_KINDS = new Set(['ministry', 'department', 'union', 'party', 'council', 'committee', 'commission', 'institute', 'university', 'foundation', 'association', 'office', 'board', 'court', 'club', 'team']);
const MEDIA_ANAPHORS = new Set(['newspaper', 'paper', 'magazine', 'broadcaster', 'website', 'outlet', 'publication', 'network']);
/** Pronouns that can only be a subject. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we']);
/** Words before a title that make it another post than the title alone: "shadow chancellor", "former president". */
const ROLE_QUALIFIERS = new Set(['shadow', 'former', 'ex', 'deputy', 'vice', 'assistant', 'acting', 'interim', 'outgoing', 'incoming', 'late']);
/** Those who speak for an organisation: "a company spokesperson". */
const SPEAKS_FOR = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'official', 'officials', 'spokespeople', 'executive', 'source', 'sources']);
/** Verbs of saying itself: whoever does them ("Cook told Benioff") is the one a later "he said" goes on. */
const SAYING = new Set(['say', 'tell', 'ask', 'add', 'reply', 'answer', 'explain', 'insist', 'argue', 'claim', 'joke', 'recall', 'respond', 'describe', 'stress', 'note', 'comment', 'warn', 'admit', 'suggest', 'write', 'tweet', 'state', 'acknowledge', 'concede', 'predict', 'urge']);
/** Words that may follow a speech verb closing a sentence: where, when or how it was said. */
const AFTER_SPEECH = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'while', 'when', 'as', 'from', 'via', 'through', 'recently', 'previously', 'again', 'afterwards', 'then', 'also']);
/** Words after a speech verb that open the clause it reports ("said it had", "said that"). */
const REPORT_OPENERS = new Set(['it', 'he', 'she', 'they', 'we', 'there', 'that', 'this', 'i']);
/** How far back (in tokens) a pronoun looks for the one it stands for. */
const LOOKBACK = 1500;

export function attributeQuotes(a: Analysis, groups: EntityGroup[], spans: readonly QuoteSpan[]): Attribution {
  return new Attributor(a, groups, spans).run();
}

class Attributor {
  readonly tokens: readonly Token[];
  /** Token index → the quotation it lies inside, or -1. */
  readonly inQuote: Int32Array;
  readonly covering: Array<Placed | undefined>;
  readonly governments = new Map<string, EntityGroup>();
  readonly issued: Issued[] = [];
  /** People given a role in the words around their name ("the ambassador, A B", "A B, a nurse"), in text order. */
  readonly roles: Array<{ role: string; group: EntityGroup; at: number }> = [];
  readonly speakers: Array<EntityGroup | null> = [];
  /** The subject of a report that follows a quotation ("…” The firm said it…"), kept for when nothing else names a speaker. */
  reportAfter: { span: QuoteSpan; who: EntityGroup | null } | undefined;
  /** Sexes learnt from the pronouns quotations were given by ("…,” he said" for A B): the names may not tell. */
  readonly genders = new Map<EntityGroup, 'male' | 'female'>();

  constructor(readonly a: Analysis, readonly groups: EntityGroup[], readonly spans: readonly QuoteSpan[]) {
    this.tokens = a.tokens;
    this.inQuote = new Int32Array(a.tokens.length).fill(-1);
    spans.forEach((s, q) => {
      if (s.openToken < 0) return;
      const end = s.closeToken >= 0 ? s.closeToken : (a.paragraphRanges[s.endParagraph]?.end ?? s.openToken + 1) - 1;
      for (let i = s.openToken; i <= end; i++) this.inQuote[i] = q;
    });
    this.covering = new Array(a.tokens.length);
    for (const group of groups) for (const mention of group.mentions) for (let i = mention.start; i < mention.end; i++) this.covering[i] = { group, mention };
    this.collectIssuers();
    this.collectRoles();
  }

  /** The quotation token `i` lies inside, or -1. */
  quoteOf(i: number): number {
    return this.inQuote[i] ?? -1;
  }

  run(): Attribution {
    this.spans.forEach((span, q) => {
      const speaker = span.openToken < 0 ? null : this.attribute(span, q);
      this.speakers.push(speaker);
      if (speaker) this.noteDocuments(span, speaker);
    });
    return { speakers: this.speakers, governments: [...this.governments.values()] };
  }

  // ---------- one quotation ----------

  attribute(span: QuoteSpan, q: number): EntityGroup | null {
    const speaker = this.attributeBy(span, q);
    // "…,” he said": the speaker is a man, whatever a later "she" says
    if (speaker && speaker.kind === 'person' && !speaker.gender && span.closeToken >= 0) {
      const t = this.tokens[span.closeToken + 1]?.text === ',' ? this.tokens[span.closeToken + 2] : this.tokens[span.closeToken + 1];
      const said = this.tokens[(t?.i ?? -2) + 1];
      if (t && said && (t.key === 'he' || t.key === 'she') && this.isSpeechVerb(said.i) && !this.genders.has(speaker)) this.genders.set(speaker, t.key === 'he' ? 'male' : 'female');
    }
    return speaker;
  }

  attributeBy(span: QuoteSpan, q: number): EntityGroup | null {
    // "he said, “…,” the prosecutor’s office said": the words are the one's who said them, whoever reports it
    const introduced = this.introducedBy(span);
    if (introduced) return introduced;
    const after = this.afterQuote(span);
    if (after !== undefined) return after;
    // a new report after the quotation: the quotations around it, or else its named subject
    if (this.reportAfter?.span === span) return this.fromNeighbours(span, q) ?? this.reportAfter.who;
    const before = this.beforeQuote(span, q);
    if (before !== undefined) return before;
    return this.fromNeighbours(span, q);
  }

  /** "…,” Zhou said", "…,” said Zhou", "…,” the report said", "…,” according to X". Undefined: no such words. */
  afterQuote(span: QuoteSpan): EntityGroup | null | undefined {
    const found = this.afterQuoteWords(span);
    if (found) return found;
    // a subject the scan above could not read ("the 14th-ranked Vale said", "chairman, CEO and
    // president Ann Vale said"): a name right before the speech verb that closes it
    return this.nameBeforeClosingVerb(span) ?? found;
  }

  /** "…,” <words> Ann Vale (adverb) said": the person or organisation named right before the sentence's
   *  next speech verb, the words between holding no other clause. */
  nameBeforeClosingVerb(span: QuoteSpan): EntityGroup | undefined {
    if (span.closeToken < 0) return undefined;
    const tokens = this.tokens;
    const sentence = tokens[span.closeToken]!.sentence;
    for (let k = span.closeToken + 1; k < tokens.length && k < span.closeToken + 16; k++) {
      const tok = tokens[k]!;
      if (tok.sentence !== sentence && tok.text !== '.') return undefined;
      if (this.quoteOf(k) >= 0 || [';', ':', '(', ')'].includes(tok.text)) return undefined;
      if (tok.word && CLAUSE_BREAKS.has(tok.key) && tok.key !== 'and') return undefined;
      if (!this.isSpeechVerb(k) || tok.cap || k === span.closeToken + 1) continue;
      if (this.opensNextQuote(span, k)) return undefined;
      let j = k - 1;
      while (j > span.closeToken && tokens[j]!.word && !tokens[j]!.cap && !this.covering[j] && (AUXILIARIES.has(tokens[j]!.key) || tokens[j]!.tags.has('Adverb'))) j--;
      const c = this.covering[j];
      if (!c) {
        // "…,” the “Wilds” actor previously said"
        let from = span.closeToken + 1;
        while (from < j && !tokens[from]!.word) from++;
        const words = tokens.slice(from, j + 1).filter((w) => w.word);
        return this.describesPerson(words) ? this.describedPerson(from, words[words.length - 1]!.key) ?? undefined : undefined;
      }
      if (c.mention.modifier || c.mention.end !== j + 1 || tokens[j]!.possessive) return undefined;
      return c.group;
    }
    return undefined;
  }

  /** "…I guess.” Vale agreed: “…”": after a quotation that ended its sentence, a speech verb with a colon
   *  after it introduces the next quotation, not this one. */
  opensNextQuote(span: QuoteSpan, verb: number): boolean {
    return !/[,?!—–-]\s*$/.test(span.text) && this.tokens[verb + 1]?.text === ':';
  }

  /** "…quoted Ann Vale as saying", "Vale is reported as saying": the one named before "as" and the verb at `v`. */
  asSaying(v: number): EntityGroup | null {
    const tokens = this.tokens;
    if (!/ing$/.test(tokens[v]?.key ?? '') || tokens[v - 1]?.key !== 'as') return null;
    let n = v - 2;
    // "is reported as saying", "was quoted as saying"
    if (tokens[n] && !this.covering[n] && tokens[n]!.word && /ed$/.test(tokens[n]!.key) && ['is', 'was', 'were', 'are', 'been'].includes(tokens[n - 1]?.key ?? '')) n -= 2;
    const c = this.covering[n];
    if (!c || c.mention.modifier || this.quoteOf(n) >= 0 || tokens[c.mention.end - 1]!.possessive) return null;
    return c.group;
  }

  afterQuoteWords(span: QuoteSpan): EntityGroup | null | undefined {
    if (span.closeToken < 0) return undefined;
    const tokens = this.tokens;
    // "…,” Arab Daily quoted the minister Ann Vale as saying"
    for (let k = span.closeToken + 2; k < tokens.length && k < span.closeToken + 16 && tokens[k]!.sentence === tokens[span.closeToken + 1]?.sentence; k++) {
      if (this.quoteOf(k) >= 0) break;
      if (!this.isSpeechVerb(k)) continue;
      const who = this.asSaying(k);
      if (who) return who;
      break;
    }
    let t = span.closeToken + 1;
    const closeParagraph = tokens[span.closeToken]!.paragraph;
    let comma = /[,?!—–-]\s*$/.test(span.text);
    while (tokens[t] && [',', '—', '–'].includes(tokens[t]!.text) && tokens[t]!.paragraph === closeParagraph) {
      comma = true;
      t++;
    }
    const first = tokens[t];
    if (!first || first.paragraph !== closeParagraph || !first.word) return undefined;
    if (first.key === 'according' && tokens[t + 1]?.key === 'to') {
      const who = this.resolveRegion(t + 2, this.npEnd(t + 2), t);
      if (who) return who;
      return undefined;
    }
    // "…,” said the IFRB’s Asia programme manager Rafael Costa Lima"
    let v = t;
    while (tokens[v] && AUXILIARIES.has(tokens[v]!.key) && v < t + 2) v++;
    // "…,” adding “…”": a participle goes on the sentence's subject, named before the quotation
    if (this.isSpeechVerb(v) && !tokens[v]!.cap && /ing$/.test(tokens[v]!.key) && comma) return undefined;
    if (this.isSpeechVerb(v) && !tokens[v]!.cap) {
      const end = this.npEnd(v + 1);
      const who = this.namedAfterComma(v + 1, end) ?? this.resolveRegion(v + 1, end, v) ?? this.nameAfterRoleWords(v + 1);
      if (who) return who;
      if (comma) return null;
      return this.laterInSentence(span);
    }
    // without a comma ("…to see” Holm said.) the name and verb must follow at once
    const loose = !comma && !/[.]\s*$/.test(span.text);
    // "…,” Lena Park, associate Asia director at Rights Monitor, said"
    let k = t;
    let commas = 0;
    while (k < tokens.length && k < t + 40 && tokens[k]!.paragraph === closeParagraph) {
      const tok = tokens[k]!;
      if (this.quoteOf(k) >= 0 || ([';', ':', '(', '“', '"'].includes(tok.text)) || (tok.text === '.' && !this.npToken(k))) return undefined;
      if (tok.text === ',') commas++;
      if (this.isSpeechVerb(k) && !tok.cap && k > t) break;
      // "Marchetti and his team wrote", "lead researcher and NASA scientist Lucas Marchetti said"
      const joined = tok.key === 'and' && k > t && !!tokens[k + 1] && this.npToken(k + 1) && !this.isSpeechVerb(k + 1);
      // "a spokeswoman for Acme said": a role's organisation hangs off it
      // (only after a comma: past a full stop, "A spokeswoman for X said" opens a sentence of its own)
      const hanging = comma && ['for', 'of', 'at'].includes(tok.key) && k > t && isRoleNoun(tokens[k - 1]!.key) && !!tokens[k + 1] && this.npToken(k + 1);
      if (commas === 0 && !joined && !hanging && !this.npToken(k)) return loose ? this.laterInSentence(span) : undefined;
      if (commas >= 6) return undefined;
      k++;
    }
    if (!this.isSpeechVerb(k) || k === t || (loose && (commas > 0 || k - t > 6))) return loose ? this.laterInSentence(span) : undefined;
    if (this.opensNextQuote(span, k)) return undefined;
    // "…in isolation.” The SEC said it had…": after a quotation that ended its sentence, a verb with a
    // clause of its own opens a new report rather than naming the speaker
    const next = tokens[k + 1];
    const newReport = /[.!?]$/.test(span.text) && !!next && next.word && next.sentence === tokens[k]!.sentence && REPORT_OPENERS.has(next.key);
    // "…top form.” And he admitted…": a conjunction opening the sentence is no part of its subject
    let from = t;
    if (tokens[from]!.cap && CLAUSE_BREAKS.has(tokens[from]!.key) && from + 1 < k) from++;
    let end = k;
    while (end > from && AUXILIARIES.has(tokens[end - 1]!.key)) end--;
    const who = this.resolveRegion(from, end, k) ?? null;
    if (!newReport) return who;
    // (still the likeliest speaker when the quotations around name none: "…” Mr Vale said he had…", if named)
    let named = false;
    for (let i = from; i < end; i++) if (this.covering[i]?.group === who) named = true;
    this.reportAfter = { span, who: named ? who : null };
    return undefined;
  }

  /** "Ann Vale said, “…”", "he told them: “…”": the subject of a speech verb right before the opening mark. */
  introducedBy(span: QuoteSpan): EntityGroup | null {
    const tokens = this.tokens;
    let v = span.openToken - 1;
    if (tokens[v] && [',', ':'].includes(tokens[v]!.text)) v--;
    // "Vale told BBC Two's Newsnight: “…”": the one told, named between the verb and the colon
    if (tokens[v + 1]?.text === ':' && !(tokens[v]!.word && this.isSpeechVerb(v))) {
      let k = v;
      while (k > v - 6 && k >= 0 && this.npToken(k) && this.quoteOf(k) < 0 && speechVerbBase(tokens[k]!.key) !== 'tell') k--;
      if (k < v && speechVerbBase(tokens[k]?.key ?? '') === 'tell' && !tokens[k]!.cap) v = k;
    }
    const verb = tokens[v];
    if (!verb || verb.sentence !== tokens[span.openToken]!.sentence || verb.cap || /ing$/.test(verb.key) || !this.isSpeechVerb(v) || this.quoteOf(v) >= 0) return null;
    const start = this.a.sentences[verb.sentence]!.start;
    const subject = this.subjectBefore(v, start);
    if (subject === 'none' && tokens[v - 1]?.key === 'and') {
      // "he asked about it and said, “…”": the subject the verbs share, the first in the sentence
      for (let i = start; i < v; i++) {
        const t = tokens[i]!;
        if (this.quoteOf(i) >= 0) return null;
        if (t.word && SUBJECT_PRONOUNS.has(t.key)) return this.sharesVerbs(i + 1, v) ? this.resolvePronoun(t.key, i, v) : null;
        const c = this.covering[i];
        if (c && !c.mention.modifier) {
          const before = tokens[c.mention.start - 1];
          return before && (before.tags.has('Preposition') || before.possessive) || tokens[c.mention.end - 1]!.possessive ? null : this.sharesVerbs(c.mention.end, v) ? c.group : null;
        }
      }
      return null;
    }
    return subject && typeof subject !== 'string' ? subject : null;
  }

  /** No clause opens between the subject and the verb at `v` ("told the magazine that he … and asked"). */
  sharesVerbs(from: number, v: number): boolean {
    for (let i = from; i < v; i++) if (this.tokens[i]!.word && CLAUSE_BREAKS.has(this.tokens[i]!.key) && this.tokens[i]!.key !== 'and') return false;
    return true;
  }

  /** "said its chairman, Sir Ann Vale", "said the head of the committee, Labour MP Ann Vale": the person
   *  named after a comma that closes a role [from, end) naming nobody. */
  namedAfterComma(from: number, end: number): EntityGroup | null {
    const tokens = this.tokens;
    if (tokens[end]?.text !== ',') return null;
    const words = tokens.slice(from, end).filter((t) => t.word);
    if (!words.some((t) => !t.cap && isRoleNoun(t.key))) return null;
    for (let i = from; i < end; i++) if (this.covering[i]?.group.kind === 'person' && !this.covering[i]!.mention.modifier) return null;
    for (let k = end + 1; k < end + 6 && k < tokens.length; k++) {
      const c = this.covering[k];
      if (c && c.group.kind === 'person' && !c.mention.modifier && this.quoteOf(k) < 0) return c.group;
      if (!tokens[k]!.word || this.quoteOf(k) >= 0 || (!tokens[k]!.cap && !isRoleNoun(tokens[k]!.key))) return null;
    }
    return null;
  }

  /** "said race director Ann Vale": a name after lower-case role words that the tagger read otherwise
   *  (here "race" as a verb). */
  nameAfterRoleWords(from: number): EntityGroup | null {
    const tokens = this.tokens;
    for (let k = from; k < from + 5 && k < tokens.length; k++) {
      const t = tokens[k]!;
      const c = this.covering[k];
      if (c && !c.mention.modifier && this.quoteOf(k) < 0) return tokens[c.mention.end - 1]!.possessive ? null : c.group;
      if (!t.word || t.cap || CLAUSE_BREAKS.has(t.key) || t.tags.has('Preposition') || this.quoteOf(k) >= 0) return null;
    }
    return null;
  }

  /** "…deal” announced in October, said Neil Foster": the speaker named at the end of the sentence. */
  laterInSentence(span: QuoteSpan): EntityGroup | null | undefined {
    const tokens = this.tokens;
    const sentence = this.a.sentences[tokens[span.closeToken]!.sentence]!;
    for (let i = span.closeToken + 1; i < sentence.end && i < span.closeToken + 30; i++) {
      if (this.quoteOf(i) >= 0) return undefined;
      if (tokens[i]!.text !== ',') continue;
      const v = i + 1;
      if (this.isSpeechVerb(v) && !tokens[v]!.cap) {
        const who = this.resolveRegion(v + 1, this.npEnd(v + 1), v);
        if (who) return who;
      }
      // ", Smith said." closing the sentence
      let k = v;
      while (k < sentence.end && k < v + 8 && this.npToken(k) && !this.isSpeechVerb(k)) k++;
      // (what follows the verb may say where or when: ", Whitlock said at a rally last week")
      const next = k + 1 < sentence.end ? tokens[k + 1] : undefined;
      if (k > v && this.isSpeechVerb(k) && (!next || [',', '.'].includes(next.text) || (next.word && (AFTER_SPEECH.has(next.key) || isDateWord(next.key))))) {
        const who = this.resolveRegion(v, k, k);
        if (who) return who;
      }
    }
    return undefined;
  }

  /** A speech verb earlier in the quotation's sentence, and its subject. Undefined: no speech verb. */
  beforeQuote(span: QuoteSpan, q: number): EntityGroup | null | undefined {
    const tokens = this.tokens;
    const open = span.openToken;
    const sentence = this.a.sentences[tokens[open]!.sentence]!;
    let sawPronoun: EntityGroup | null | undefined;
    for (let v = open - 1; v >= sentence.start; v--) {
      if (this.quoteOf(v) >= 0 && this.quoteOf(v) !== q) continue;
      const tok = tokens[v]!;
      if (tok.key === 'to' && tokens[v - 1]?.key === 'according') {
        const who = this.resolveRegion(v + 1, this.npEnd(v + 1), v);
        if (who) return who;
        continue;
      }
      if (!this.isSpeechVerb(v)) continue;
      // "He urged Ann Bee to act, saying “…”": a participle after a comma speaks for the sentence's subject
      if (/ing$/.test(tok.key) && tokens[v - 1]?.text === ',') {
        const opener = this.sentenceSubject(sentence.start, v);
        if (opener) return opener;
      }
      const quotedAs = this.asSaying(v);
      if (quotedAs) return quotedAs;
      // "It was described by Ann Vale as the “…”": a passive verb's agent speaks, not its subject
      if (/ed$/.test(tok.key) && PASSIVE_AUXILIARIES.has(tokens[v - 1]?.key ?? '') && tokens[v + 1]?.key === 'by') {
        const agent = this.resolveRegion(v + 2, this.npEnd(v + 2), v);
        if (agent) return agent;
        continue;
      }
      const subject = this.subjectBefore(v, sentence.start);
      if (subject === 'none') {
        // "…but added that…", "…, saying …": the subject is the clause's, or the quotation's before
        const previous = this.previousInSentence(q, sentence.start);
        if (previous) return previous;
        continue;
      }
      if (subject === 'pronoun-unresolved') {
        sawPronoun = null;
        continue;
      }
      if (subject) return subject;
      // a subject we cannot name: keep looking for an earlier verb in the sentence
      if (sawPronoun === undefined) sawPronoun = null;
    }
    if (sawPronoun === null) return null;
    // No speech verb: a sentence that opens with a named entity or a document ("The report made
    // recommendations such as taking “…”").
    const lead = this.sentenceLead(sentence.start, open);
    return lead ?? undefined;
  }

  /** Quotations that go on: the same paragraph's other quotations, or the last paragraph's speaker. */
  fromNeighbours(span: QuoteSpan, q: number): EntityGroup | null {
    // "“…,” Ann Vale said. Professor Bo Lind said he was shocked. “We expected some of this.”": someone
    // else reports in the sentence right before, so the words are theirs, not the last speaker's
    const reporter = this.subjectOfSentenceBefore(span, true);
    if (reporter) return reporter;
    for (let p = q - 1; p >= 0; p--) {
      const prev = this.spans[p]!;
      if (prev.endParagraph !== span.paragraph && prev.paragraph !== span.paragraph) break;
      if (this.speakers[p]) return this.speakers[p]!;
    }
    // "“That’s perfect,” Lefevre said. “It’s the mark…”": a speaker named just before, in the same paragraph,
    // beside a quotation too short to keep
    const earlier = this.speakerJustBefore(span);
    if (earlier) return earlier;
    // a quotation later in the same paragraph with its speaker named
    for (let n = q + 1; n < this.spans.length; n++) {
      const next = this.spans[n]!;
      if (next.paragraph !== span.paragraph) break;
      if (next.openToken < 0) continue;
      const s = this.afterQuote(next) ?? this.beforeQuote(next, n) ?? (this.reportAfter?.span === next ? this.reportAfter.who : null);
      if (s) return s;
    }
    // "She will not be drawn. “I’m just enjoying it.”": a quotation that is a sentence of its own goes on
    // the person the sentence before it, in the same paragraph, is about
    const about = this.subjectOfSentenceBefore(span);
    if (about) return about;
    // a paragraph that is all quotation, right after a quoted paragraph
    const text = this.a.paragraphs[span.paragraph]!;
    // (the quotations run into the paragraph one after another count together: "“…. “…”")
    let quoted = 0;
    for (let n = q; n < this.spans.length && this.spans[n]!.paragraph === span.paragraph; n++) quoted += this.spans[n]!.text.length;
    if (span.endParagraph !== span.paragraph) quoted = text.length;
    // (a heading in quotation marks, without a full stop, goes on nobody's speech)
    if (span.open <= 2 && quoted >= text.trim().length * 0.3 && /[.!?…]["”’]?\s*$/.test(span.text.trim() + (span.endParagraph === span.paragraph ? '' : '.'))) {
      for (let p = q - 1; p >= 0; p--) {
        const prev = this.spans[p]!;
        if (prev.endParagraph < span.paragraph - 1) break;
        if (prev.endParagraph === span.paragraph - 1 && this.speakers[p]) return this.speakers[p]!;
      }
      // "Ann Vale told reporters the plan would work.¶ “We are confident…”": the one the paragraph
      // before ends by reporting
      const reporter = this.reporterEnding(span.paragraph - 1);
      if (reporter) return reporter;
    }
    return null;
  }

  /** When the quotation is a whole sentence, the person (or he or she) that opens the sentence before it
   *  in the same paragraph, after an opening phrase ("But despite her doubts, she accepts…"); null when
   *  that sentence opens with something else. */
  subjectOfSentenceBefore(span: QuoteSpan, reporting = false): EntityGroup | null {
    const tokens = this.tokens;
    if (span.closeToken < 0) return null;
    if (reporting) {
      // only a sentence with a verb of saying in it
      const previous = this.a.sentences[tokens[span.openToken]!.sentence - 1];
      if (!previous) return null;
      let says = false;
      for (let i = previous.start; i < previous.end; i++) if (!tokens[i]!.cap && SAYING.has(speechVerbBase(tokens[i]!.key) ?? '') && this.isSpeechVerb(i)) says = true;
      if (!says) return null;
    }
    const own = this.a.sentences[tokens[span.openToken]!.sentence]!;
    for (let i = own.start; i < span.openToken; i++) if (tokens[i]!.word) return null;
    for (let i = span.closeToken + 1; i < own.end; i++) if (tokens[i]!.word) return null;
    const previous = this.a.sentences[tokens[span.openToken]!.sentence - 1];
    if (!previous || previous.paragraph !== span.paragraph) return null;
    for (let i = previous.start; i < previous.end; i++) {
      const t = tokens[i]!;
      if (this.quoteOf(i) >= 0) return null;
      if (t.word && (t.key === 'he' || t.key === 'she')) return this.resolvePronoun(t.key, i, i);
      const c = this.covering[i];
      if (!c || c.mention.modifier) continue;
      const before = tokens[c.mention.start - 1];
      const passing = (before && before.sentence === t.sentence && (before.tags.has('Preposition') || before.possessive || DETERMINERS.has(before.key))) || tokens[c.mention.end - 1]!.possessive;
      if (!passing && c.group.kind === 'person') return c.group;
      if (!passing && i === previous.start) return null;
      i = c.mention.end - 1;
    }
    return null;
  }

  /** The subject of a verb of saying in the last sentence of paragraph `p`, outside quotations. */
  reporterEnding(p: number): EntityGroup | null {
    const range = this.a.paragraphRanges[p];
    if (!range || range.end <= range.start) return null;
    const sentence = this.a.sentences[this.tokens[range.end - 1]!.sentence]!;
    for (let v = Math.max(sentence.start, range.start); v < range.end; v++) {
      if (this.quoteOf(v) >= 0 || this.tokens[v]!.cap || !SAYING.has(speechVerbBase(this.tokens[v]!.key) ?? '') || !this.isSpeechVerb(v)) continue;
      const subject = this.subjectBefore(v, Math.max(sentence.start, range.start));
      return subject && typeof subject !== 'string' ? subject : null;
    }
    return null;
  }

  speakerJustBefore(span: QuoteSpan): EntityGroup | null {
    const tokens = this.tokens;
    const paragraphStart = this.a.paragraphRanges[span.paragraph]!.start;
    const from = span.openToken;
    for (let v = from - 1; v >= Math.max(paragraphStart, from - 12); v--) {
      if (this.quoteOf(v) >= 0 || !this.isSpeechVerb(v) || tokens[v]!.cap) continue;
      // "…,” Lefevre said." right before this quotation
      const after = tokens[v + 1];
      if (!after || !['.', ',', ':'].includes(after.text) || v + 2 !== from) continue;
      let s = v;
      while (s > paragraphStart && v - s < 6 && this.npToken(s - 1) && this.quoteOf(s - 1) < 0) s--;
      if (s === v || !/[”"]/.test(tokens[s - 1]?.text ?? '') && tokens[s - 1]?.text !== ',') return null;
      return this.resolveRegion(s, v, v);
    }
    return null;
  }

  // ---------- noun phrases ----------

  isSpeechVerb(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !t.word || !speechVerbBase(t.key)) return false;
    // "the report", "a statement": nouns, not verbs
    const prev = this.tokens[i - 1];
    if (prev && (DETERMINERS.has(prev.key) || prev.possessive)) return false;
    if (!isPastSpeechForm(t.key) && t.tags.has('Noun') && !t.tags.has('Verb') && !t.tags.has('PastTense')) return false;
    // "The Kestrel report, entitled …", "The Acme statement was …": a bare form after names that an
    // article opens, with no object after it, is a noun too
    const after = this.tokens[i + 1];
    if (speechVerbBase(t.key) === t.key && after && (!after.word ? [',', '(', ':'].includes(after.text) : !after.cap && after.tags.has('Verb') && !after.tags.has('Noun'))) {
      let k = i - 1;
      while (k >= 0 && this.tokens[k]!.word && this.tokens[k]!.cap && !DETERMINERS.has(this.tokens[k]!.key) && this.tokens[k]!.sentence === t.sentence) k--;
      if (k < i - 1 && k >= 0 && this.tokens[k]!.word && DETERMINERS.has(this.tokens[k]!.key)) return false;
    }
    return true;
  }

  /** Could this token be part of a subject noun phrase ("U.N. special rapporteur Karim Haddad")? */
  npToken(i: number): boolean {
    const t = this.tokens[i]!;
    // the full stop of "Mr. Dolan", "Gen. Milley"
    if (t.text === '.' && i > 0 && this.tokens[i - 1]!.end === t.start && /^\p{Lu}\p{Ll}{0,3}$/u.test(this.tokens[i - 1]!.text) && this.tokens[i + 1]?.cap) return true;
    if (!t.word) return false;
    if (t.cap || this.covering[i] || DETERMINERS.has(t.key) || PRONOUNS.has(t.key) || isRoleNoun(t.key) || DOCUMENT_NOUNS.has(t.key)) return true;
    if (CLAUSE_BREAKS.has(t.key) || t.tags.has('Preposition') || t.tags.has('Conjunction')) return false;
    if (t.tags.has('Verb') && !t.tags.has('Noun')) return false;
    return t.tags.has('Noun') || t.tags.has('Adjective') || /^\p{Ll}+$/u.test(t.text);
  }

  /** Where a noun phrase starting at `from` ends: at a comma, a clause or a preposition after a name. */
  npEnd(from: number): number {
    const tokens = this.tokens;
    let i = from;
    const paragraph = tokens[from]?.paragraph;
    while (i < tokens.length && i < from + 14 && tokens[i]!.paragraph === paragraph) {
      const t = tokens[i]!;
      if (!t.word || this.quoteOf(i) >= 0) break;
      if (CLAUSE_BREAKS.has(t.key) || (t.tags.has('Preposition') && i > from && this.covering[i - 1])) break;
      if (t.tags.has('Verb') && !t.tags.has('Noun') && !this.covering[i] && !t.cap) break;
      i++;
    }
    return i;
  }

  /** The subject before the verb at `v`: a group, null (unnamed), 'none' (no subject), 'pronoun-unresolved'. */
  subjectBefore(v: number, sentenceStart: number): EntityGroup | null | 'none' | 'pronoun-unresolved' {
    const tokens = this.tokens;
    // "He went on to say:", "Vale was quick to add": the subject of the verb the infinitive hangs on
    if (tokens[v - 1]?.key === 'to') {
      for (let k = v - 2; k >= Math.max(sentenceStart, v - 4); k--) {
        const t = tokens[k]!;
        if (!t.word || t.cap || this.covering[k] || CLAUSE_BREAKS.has(t.key) || this.quoteOf(k) >= 0) break;
        if (AUXILIARIES.has(t.key) || (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Particle'))) return this.subjectBefore(k, sentenceStart);
      }
    }
    let j = v - 1;
    const skippable = (t: Token) => t.word && !t.cap && (AUXILIARIES.has(t.key) || (t.tags.has('Adverb') && !t.tags.has('Noun')));
    while (j >= sentenceStart && skippable(tokens[j]!) && !this.covering[j]) j--;
    if (j < sentenceStart) return 'none';
    let leader: EntityGroup | null = null;
    if (tokens[j]!.text === ',') {
      // appositives: ", a researcher at Amnesty International," / ", a spokesperson for X, the military operation…,"
      // The subject is the named entity just before one of the commas.
      let c = j;
      let found = -1;
      for (let hops = 0; hops < 4 && c > sentenceStart; hops++) {
        let k = c - 1;
        while (k >= sentenceStart && tokens[k]!.text !== ',' && tokens[k]!.text !== '—' && this.quoteOf(k) < 0) k--;
        if (k < sentenceStart || (tokens[k]!.text !== ',' && tokens[k]!.text !== '—')) break;
        if (LEADERS.has(tokens[k + 1]?.key ?? '')) leader = this.firstGroupIn(k + 2, c);
        const before = this.covering[k - 1];
        // "A spokesman for Acme, Dr Ann Vale, told": the person named between the commas after a role, not the role's organisation
        const named = this.pastHonorific(k + 1);
        const person = this.covering[named];
        if (before && before.group.kind === 'organisation' && person && person.group.kind === 'person' && person.mention.start === named && person.mention.end === c
          && tokens.slice(sentenceStart, k).some((t) => t.word && !t.cap && isRoleNoun(t.key))) {
          found = c - 1;
          break;
        }
        // "Ann Vale, a spokesperson for Acme, the agency's operator, told": the person before a role's organisation
        if (before && before.group.kind === 'organisation' && ['for', 'of', 'at'].includes(tokens[before.mention.start - 1]?.key ?? '')) {
          let r = before.mention.start - 2;
          while (r > sentenceStart && tokens[r]!.word && !tokens[r]!.cap && !isRoleNoun(tokens[r]!.key) && before.mention.start - r < 5) r--;
          let opener = r;
          while (opener > sentenceStart && tokens[opener - 1]!.word && !tokens[opener - 1]!.cap) opener--;
          const owner = this.covering[opener - 2];
          if (isRoleNoun(tokens[r]?.key ?? '') && tokens[opener - 1]?.text === ',' && owner && owner.group.kind === 'person') {
            found = opener - 2;
            break;
          }
        }
        if (before && !before.mention.modifier) {
          found = k - 1;
          break;
        }
        c = k;
        if (!this.npToken(k - 1) && !PRONOUNS.has(tokens[k - 1]?.key ?? '')) {
          found = k - 1;
          break;
        }
      }
      if (found < 0) return leader ?? 'none';
      j = found;
    }
    if (j < sentenceStart) return 'none';
    if (tokens[j]!.word && (CLAUSE_BREAKS.has(tokens[j]!.key) || tokens[j]!.tags.has('Verb') && !this.covering[j] && !tokens[j]!.tags.has('Noun'))) return leader ?? 'none';
    if (!tokens[j]!.word && !this.covering[j]) return leader ?? 'none';
    let s = j;
    for (;;) {
      while (s > sentenceStart && j - s < 12 && this.npToken(s - 1) && this.quoteOf(s - 1) < 0) s--;
      // "Norway’s envoy to Chile", "the head of the agency": a phrase hanging off the subject
      const prep = tokens[s - 1];
      if (prep && s - 1 > sentenceStart && ['to', 'of', 'for', 'at'].includes(prep.key) && this.npToken(s - 2) && this.quoteOf(s - 2) < 0 && j - s < 12) {
        s -= 2;
        continue;
      }
      break;
    }
    if (leader) return leader;
    // "the authors of the research published in the journal X argued": the subject is the authors
    if (tokens[s - 1]?.key === 'in' && PUBLISHED_IN.has(tokens[s - 2]?.key ?? '')) return null;
    const pronoun = tokens[j]!;
    // "At the time she said": a subject pronoun is the whole subject, whatever opens the sentence before it
    if (s === j && PRONOUNS.has(pronoun.key) || SUBJECT_PRONOUNS.has(pronoun.key) && !tokens[j - 1]?.possessive) {
      const resolved = this.resolvePronoun(pronoun.key, j, v);
      return resolved ?? 'pronoun-unresolved';
    }
    return this.resolveRegion(s, j + 1, v) ?? null;
  }

  /** Names the speaker of the noun phrase [from, to): its head entity, a pronoun, a document, a country, a group. */
  resolveRegion(from: number, to: number, verb: number): EntityGroup | null {
    const tokens = this.tokens;
    if (to <= from) return null;
    // before the first comma: "Lena Park, associate Asia director at Rights Monitor"
    let end = to;
    for (let i = from; i < to; i++) {
      if (tokens[i]!.text === ',') {
        if (LEADERS.has(tokens[i + 1]?.key ?? '')) {
          const leader = this.firstGroupIn(i + 2, to);
          if (leader) return leader;
        }
        // "a spokeswoman for Acme, Ann Vale,": the person named after a role, not the role's organisation
        if ((!tokens[from]!.cap || (tokens[from]!.initial && ['a', 'an', 'the'].includes(tokens[from]!.key))) && tokens.slice(from, i).some((t) => t.word && !t.cap && isRoleNoun(t.key))) {
          // (past an honorific: "a spokesman for Acme, Dr Vale,")
          const named = this.covering[this.pastHonorific(i + 1)];
          if (named && named.group.kind === 'person' && !named.mention.modifier) return named.group;
        }
        end = i;
        break;
      }
    }
    // the last named entity, skipping one that only owns the next word ("the IFRB’s Asia programme manager X")
    let found: Placed | undefined;
    for (let i = end - 1; i >= from; i--) {
      const c = this.covering[i];
      if (!c || this.quoteOf(i) >= 0) continue;
      const last = tokens[c.mention.end - 1]!;
      if (last.possessive && c.mention.end < end) {
        const noun = tokens[c.mention.end];
        if (noun && DOCUMENT_NOUNS.has(noun.key)) return c.group;
        if (found) break;
        continue;
      }
      if (c.mention.modifier && found) continue;
      found = c;
      break;
    }
    if (found) {
      // "the authors of the research published in the journal X argued": the authors, whom it does not name
      if (this.publishedIn(from, found.mention.start)) return null;
      // "analyst Ann Vale of Acme Bank described": the person, not the body she is from
      if (found.group.kind === 'organisation') {
        let p = found.mention.start - 1;
        if (tokens[p]?.key === 'the') p--;
        const person = p > from && ['of', 'at', 'from'].includes(tokens[p]!.key) ? this.covering[p - 1] : undefined;
        if (person && person.group.kind === 'person' && !person.mention.modifier && !tokens[p - 1]!.possessive) return person.group;
      }
      return this.personNamedBy(found);
    }
    const words = tokens.slice(from, end).filter((t) => t.word);
    const head = words[words.length - 1];
    if (!head) return null;
    // a surname the mentions missed ("Vale later wrote"), when one person alone goes by it
    if (head.cap && !head.possessive && words.every((w) => w.cap || DETERMINERS.has(w.key) || TITLES.has(w.key))) {
      const person = this.personBySurname(head.key);
      if (person) return person;
    }
    if (words.length === 1 && PRONOUNS.has(head.key)) return this.resolvePronoun(head.key, head.i, verb);
    // "the president", "the senator": the person last given that title
    if (TITLES.has(head.key) && !head.cap || (words.length <= 3 && TITLES.has(head.key) && words[0]!.key === 'the')) {
      const person = this.titled(head.key, from);
      if (person) return person;
    }
    // "Norway’s envoy to Chile": the role before the phrase hanging off it
    const prep = words.findIndex((w, x) => x > 0 && ['to', 'of', 'for', 'at'].includes(w.key));
    const role = prep > 0 ? words[prep - 1]! : undefined;
    if (role && !role.cap && TITLES.has(role.key)) {
      const person = this.titled(role.key, from);
      if (person) return person;
    }
    // a country or its government: "China", "the Chinese government", "Beijing’s government"
    const government = this.government(words);
    if (government) return government;
    // "the company said", "the newspaper reported": the organisation last named
    if (ORG_ANAPHORS.has(head.key) && words.length <= 3 && (words[0]!.key === 'the' || words[0]!.key === 'its') && !words.some((w) => w.possessive || (w.cap && !DETERMINERS.has(w.key)))) {
      const org = this.lastOrganisation(from, MEDIA_ANAPHORS.has(head.key), NAMED_KINDS.has(head.key) ? head.key : undefined);
      if (org) return org;
    }
    // "a company spokesperson", "an agency official": someone speaking for the organisation last named
    const speaksFor = words.length >= 2 && ORG_ANAPHORS.has(words[words.length - 2]!.key) && SPEAKS_FOR.has(head.key) && !words.some((w) => w.cap && !DETERMINERS.has(w.key));
    if (speaksFor) {
      const org = this.lastOrganisation(from, false);
      if (org) return org;
    }
    // "AOL backed the cuts. “…,” a spokesman said": one speaking for the body the sentence before is about
    if (words.length === 2 && (words[0]!.key === 'a' || words[0]!.key === 'an') && SPEAKS_FOR.has(head.key)) {
      const sentence = this.tokens[from]!.sentence;
      const before = sentence > 0 ? this.a.sentences[sentence - 1] : undefined;
      // (the one before the quotation, when the words follow it in the same sentence)
      const quoteSentence = before && this.quoteOf(before.end - 1) >= 0 ? this.a.sentences[sentence - 2] : before;
      const subject = quoteSentence && this.quoteOf(quoteSentence.start) < 0 ? this.sentenceSubject(quoteSentence.start, quoteSentence.end) : null;
      if (subject && subject.kind === 'organisation') return subject;
    }
    // "A Bayern spokesman said … “…,” the spokesman said": the body whose spokesman the text introduced
    if (words.length === 2 && words[0]!.key === 'the' && SPEAKS_FOR.has(head.key)) {
      const body = this.spokesmanOf(head.key, from);
      if (body) return body;
    }
    // "…,” said the actor", "the Argentine added", "the 35-year-old said": a description standing for
    // the person quoted just before, or else the person a recent sentence was about
    if (this.describesPerson(words)) {
      const person = this.describedPerson(from, head.key);
      if (person) return person;
    }
    if (DOCUMENT_NOUNS.has(head.key)) {
      const owner = words.length >= 2 && words[words.length - 2]!.possessive ? words[words.length - 2]! : undefined;
      if (owner && PRONOUNS.has(owner.key)) return this.resolvePronoun(owner.key, owner.i, verb);
      return this.resolveDocument(head.key, from);
    }
    if (/s$/.test(head.key) && !head.cap) return this.resolveGroupNoun(head.key);
    return null;
  }

  /** The entity or pronoun that opens the sentence (after a leading phrase of time), if one does before `before`. */
  sentenceSubject(start: number, before: number): EntityGroup | null {
    const tokens = this.tokens;
    let i = start;
    while (i < before && tokens[i]!.word && !tokens[i]!.cap && (AUXILIARIES.has(tokens[i]!.key) || CLAUSE_BREAKS.has(tokens[i]!.key))) i++;
    const t = tokens[i];
    if (!t || i >= before || this.quoteOf(i) >= 0) return null;
    if (PRONOUNS.has(t.key) && t.word) return ['he', 'she'].includes(t.key) ? this.resolvePronoun(t.key, i, before) : null;
    const c = this.covering[i];
    if (c && !c.mention.modifier && c.mention.start === i && !tokens[c.mention.end - 1]!.possessive) return c.group;
    // "The 31-year-old admitted…, calling it “…”": a description standing for a person
    if (t.key === 'the') {
      const words = this.descriptionAt(i, before);
      if (words.length > 1 && this.describesPerson(words)) return this.describedPerson(i, words[words.length - 1]!.key);
    }
    return null;
  }

  /** The words of a description that opens at `i` ("the", then up to four words before a verb or a name). */
  descriptionAt(i: number, before: number): Token[] {
    const tokens = this.tokens;
    let n = i + 1;
    while (n < before && n < i + 5 && tokens[n]!.word && !this.covering[n] && !(tokens[n]!.tags.has('Verb') && !tokens[n]!.tags.has('Noun'))) n++;
    return tokens.slice(i, n);
  }

  /** The first token after `i`, past an honorific ("Dr", "Mr.") that may stand there. */
  pastHonorific(i: number): number {
    return this.tokens[i] && HONORIFICS.has(this.tokens[i]!.key) ? i + (this.tokens[i + 1]?.text === '.' ? 2 : 1) : i;
  }

  /** The person a description opening a sentence at `i` stands for ("The home secretary said", "The
   *  35-year-old admitted"): one given that title before, or one a description fits. */
  describedSubject(i: number, before: number): EntityGroup | null {
    const words = this.descriptionAt(i, before);
    const head = words[words.length - 1];
    if (!head || words.length < 2 || head.possessive) return null;
    const titled = TITLES.has(head.key) && words.length <= 3 ? this.titled(head.key, i) : null;
    if (titled) return titled;
    return this.describesPerson(words) ? this.describedPerson(i, head.key) : null;
  }

  /** "the actor", "the former minister", "the Argentine", "the 35-year-old", "the “Wilds” actor":
   *  words that describe a person without naming one. */
  describesPerson(words: readonly Token[]): boolean {
    if (words.length < 2 || words.length > 5 || words[0]!.key !== 'the') return false;
    const head = words[words.length - 1]!;
    const described = (!head.cap && isRoleNoun(head.key)) || /^\d+-year-old$/.test(head.key) || (head.cap && words.length === 2 && !!demonymCountry(head.text) && !countryOf(head.text));
    if (!described || head.possessive) return false;
    const quoted = (w: Token) => /^["“‘']$/.test(this.tokens[w.i - 1]?.text ?? '') && /^["”’']$/.test(this.tokens[w.i + 1]?.text ?? '');
    // "the two-time Academy Award winner": capitalised words naming no person or organisation may qualify it
    return words.slice(1, -1).every((w) => !w.possessive && (!this.covering[w.i] || this.covering[w.i]!.mention.modifier) && (!w.cap || !!demonymCountry(w.text) || quoted(w) || !this.covering[w.i]));
  }

  /** The person a description before `at` stands for: the one quoted last, or else the last one a
   *  sentence opened with, within the two paragraphs before. */
  describedPerson(at: number, head: string): EntityGroup | null {
    const tokens = this.tokens;
    const paragraph = tokens[at]!.paragraph;
    // the last quotation before `at` with a speaker, within the two paragraphs before
    let quoted = -1;
    for (let q = this.speakers.length - 1; q >= 0; q--) {
      const span = this.spans[q]!;
      if (span.openToken < 0 || span.openToken >= at || !this.speakers[q]) continue;
      if (span.paragraph >= paragraph - 2) quoted = q;
      break;
    }
    const since = quoted >= 0 ? Math.max(this.spans[quoted]!.openToken, this.spans[quoted]!.closeToken) : -1;
    for (let i = at - 1; i > since && tokens[i]!.paragraph >= paragraph - 2; i--) {
      // "a doctor on the scene … the doctor said", "the minister’s spokesman was asked … the spokesman
      // said": someone the text never names
      if (tokens[i]!.key === head && this.quoteOf(i) < 0 && !this.personNear(i, 3)) return null;
      const c = this.covering[i];
      if (!c || this.quoteOf(i) >= 0 || c.group.kind !== 'person' || c.mention.modifier) continue;
      i = c.mention.start;
      if (tokens[c.mention.end - 1]!.possessive) continue;
      // the one a sentence is about, or who says something
      const next = tokens[c.mention.end];
      const says = !!next && next.word && !next.cap && SAYING.has(speechVerbBase(next.key) ?? '');
      if (says || this.isSubject(c.mention)) return c.group;
    }
    const speaker = quoted >= 0 ? this.speakers[quoted] : null;
    return speaker && speaker.kind === 'person' ? speaker : null;
  }

  /** Does the phrase [from, name) open with unnamed words and put the name after "published in"/"the journal"? */
  publishedIn(from: number, name: number): boolean {
    let i = from;
    while (i < name && (!this.tokens[i]!.word || DETERMINERS.has(this.tokens[i]!.key))) i++;
    if (i >= name || this.tokens[i]!.cap || this.covering[i]) return false;
    for (let k = i + 1; k < name; k++) if (this.tokens[k]!.word && PUBLISHED_IN.has(this.tokens[k]!.key)) return true;
    return false;
  }

  /** A surname the entities put under a name that only contains it ("Mr Vale" under "Tor-Vale", the firm he
   *  runs): the one person whose full name ends in it. */
  personNamedBy(found: Placed): EntityGroup {
    const words = found.mention.text.split(/\s+/);
    const last = words[words.length - 1]!.toLowerCase();
    if (words.length > 1 && !TITLES.has(words[0]!.toLowerCase().replace(/\.$/, ''))) return found.group;
    if (found.group.name.toLowerCase().split(/\s+/).pop() === last) return found.group;
    const people = this.groups.filter((g) => g !== found.group && g.kind === 'person' && g.name.split(/\s+/).length >= 2 && g.name.toLowerCase().split(/\s+/).pop() === last);
    return people.length === 1 ? people[0]! : found.group;
  }

  /** The one person whose name ends in `key`, if only one does. */
  personBySurname(key: string): EntityGroup | null {
    let found: EntityGroup | null = null;
    for (const g of this.groups) {
      if (g.kind !== 'person') continue;
      if (!g.forms.some((f) => f.toLowerCase().split(/\s+/).pop() === key)) continue;
      if (found && found !== g) return null;
      found = g;
    }
    return found;
  }

  /** Is a person named within `span` tokens of `i`, in its sentence? */
  personNear(i: number, span: number): boolean {
    const sentence = this.tokens[i]!.sentence;
    for (let k = Math.max(0, i - span); k <= i + span && k < this.tokens.length; k++) {
      const c = this.covering[k];
      if (c && c.group.kind === 'person' && this.tokens[k]!.sentence === sentence) return true;
    }
    return false;
  }

  /** The person whose quotation came last before `at`, within the same or the `back` paragraphs before. */
  lastQuotedPerson(at: number, back = 2): EntityGroup | null {
    const paragraph = this.tokens[at]!.paragraph;
    for (let q = this.speakers.length - 1; q >= 0; q--) {
      const span = this.spans[q]!;
      if (span.openToken < 0 || span.openToken >= at) continue;
      if (span.paragraph < paragraph - back) break;
      const speaker = this.speakers[q];
      if (speaker) return speaker.kind === 'person' ? speaker : null;
    }
    return null;
  }

  /** The organisation named last before `at` (a news outlet, if `outlet`), not inside a quotation. */
  lastOrganisation(at: number, outlet: boolean, kind?: string): EntityGroup | null {
    for (let i = at - 1; i >= Math.max(0, at - LOOKBACK); i--) {
      const c = this.covering[i];
      if (!c || c.group.kind !== 'organisation' || c.mention.modifier || this.quoteOf(i) >= 0) continue;
      if (outlet && !isOutlet(c.mention.text)) continue;
      // "the committee": an organisation named as one ("the Commons Education Committee")
      if (kind && !c.group.forms.some((f) => f.toLowerCase().split(/[\s-]+/).includes(kind))) continue;
      return c.group;
    }
    return null;
  }

  /** The person most recently named with this title before `at` ("President Frank Dolan" for "the president"). */
  titled(title: string, at: number): EntityGroup | null {
    for (let i = at - 1; i >= 0; i--) {
      const c = this.covering[i];
      if (c && c.group.kind === 'person' && c.mention.title === title && !this.heldOtherwise(c.mention.start, title)) return c.group;
    }
    // the person the text gave this role, last before `at`, or else first after it
    let after: EntityGroup | null = null;
    for (let r = this.roles.length - 1; r >= 0; r--) {
      const role = this.roles[r]!;
      if (role.role !== title) continue;
      if (role.at < at) return role.group;
      after = role.group;
    }
    return after;
  }

  /** The organisation of the last "Acme spokesman" or "spokesman for Acme" before `at`, in its
   *  paragraph or the two before, when no person was named as that spokesman. */
  spokesmanOf(role: string, at: number): EntityGroup | null {
    const tokens = this.tokens;
    const paragraph = tokens[at]!.paragraph;
    for (let i = at - 1; i >= 0 && tokens[i]!.paragraph >= paragraph - 2; i--) {
      if (tokens[i]!.key !== role || tokens[i]!.cap || this.quoteOf(i) >= 0) continue;
      if (this.personNear(i, 3)) return null;
      const before = this.covering[i - 1];
      if (before && before.group.kind === 'organisation') return before.group;
      const after = ['for', 'of', 'at'].includes(tokens[i + 1]?.key ?? '') ? this.covering[i + 2] : undefined;
      if (after && after.group.kind === 'organisation') return after.group;
      return null;
    }
    return null;
  }

  /** Is the title before the name at `start` held in another way: "shadow chancellor A B", "former
   *  President A B" (who is not "the chancellor" or "the president")? */
  heldOtherwise(start: number, title: string): boolean {
    for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
      if (this.tokens[k]!.key !== title) continue;
      return ROLE_QUALIFIERS.has(this.tokens[k - 1]?.key ?? '');
    }
    return false;
  }

  /** Roles given in the words around a person's name: "envoy to Chile A B", "the ambassador, A B",
   *  "A B, the ambassador,", "A B is the ambassador". */
  collectRoles(): void {
    const tokens = this.tokens;
    const isRole = (i: number) => !!tokens[i] && tokens[i]!.word && !tokens[i]!.cap && TITLES.has(tokens[i]!.key) && this.quoteOf(i) < 0;
    const found: Array<{ role: string; group: EntityGroup; at: number }> = [];
    for (const group of this.groups) {
      if (group.kind !== 'person') continue;
      for (const m of group.mentions) {
        if (m.modifier || this.quoteOf(m.start) >= 0) continue;
        const sentence = tokens[m.start]!.sentence;
        const same = (i: number) => !!tokens[i] && tokens[i]!.sentence === sentence;
        // before the name: "envoy to Chile A B", "the ambassador, A B"
        let k = m.start - 1;
        if (tokens[k]?.text === ',' && isRole(k - 1) && same(k - 1)) found.push({ role: tokens[k - 1]!.key, group, at: m.start });
        else {
          for (let n = 0; n < 4 && same(k) && tokens[k]!.word && !this.covering[k]; n++, k--) {
            if (isRole(k)) {
              if (!ROLE_QUALIFIERS.has(tokens[k - 1]?.key ?? '')) found.push({ role: tokens[k]!.key, group, at: m.start });
              break;
            }
            if (!tokens[k]!.cap && !['to', 'of', 'for'].includes(tokens[k]!.key)) break;
          }
        }
        // after it: "A B, the ambassador,", "A B is the ambassador"
        let x = m.end;
        if (tokens[x]?.text === ',' || ['is', 'was'].includes(tokens[x]?.key ?? '')) {
          x++;
          if (DETERMINERS.has(tokens[x]?.key ?? '')) {
            for (let n = 0; n < 4 && same(x) && tokens[x]!.word && !this.covering[x]; n++, x++) {
              if (isRole(x)) {
                found.push({ role: tokens[x]!.key, group, at: m.start });
                break;
              }
            }
          }
        }
      }
    }
    this.roles.push(...found.sort((p, q) => p.at - q.at));
  }

  firstGroupIn(from: number, to: number): EntityGroup | null {
    for (let i = from; i < to; i++) {
      const c = this.covering[i];
      if (c && !c.mention.modifier && this.quoteOf(i) < 0) {
        // "led by House Committee … Chairman Walter Brandt": the person rather than the body
        let last = c;
        for (let k = c.mention.end; k < to; k++) {
          const d = this.covering[k];
          if (d && d.group !== c.group && d.group.kind === 'person') last = d;
        }
        return last.group;
      }
    }
    return null;
  }

  /** The sentence's opening noun phrase, when it is a named entity or a document. */
  sentenceLead(start: number, open: number): EntityGroup | null {
    let i = start;
    while (i < open && this.tokens[i]!.word && DETERMINERS.has(this.tokens[i]!.key)) i++;
    const c = this.covering[i];
    if (c && !c.mention.modifier && !this.tokens[c.mention.end - 1]!.possessive) return c.group;
    const t = this.tokens[i];
    if (t && DOCUMENT_NOUNS.has(t.key) && i > start) return this.resolveDocument(t.key, i);
    return null;
  }

  previousInSentence(q: number, sentenceStart: number): EntityGroup | null {
    for (let p = q - 1; p >= 0; p--) {
      const prev = this.spans[p]!;
      if (prev.closeToken < sentenceStart && prev.openToken < sentenceStart) break;
      if (this.speakers[p]) return this.speakers[p]!;
    }
    // the first named entity of the sentence that is no object of a preposition
    for (let i = sentenceStart; i < this.tokens.length && this.tokens[i]!.sentence === this.tokens[sentenceStart]!.sentence; i++) {
      const c = this.covering[i];
      if (!c || c.mention.modifier || this.quoteOf(i) >= 0) continue;
      const before = this.tokens[c.mention.start - 1];
      if (before && (before.tags.has('Preposition') || before.possessive)) {
        i = c.mention.end - 1;
        continue;
      }
      if (this.tokens[c.mention.end - 1]!.possessive) {
        i = c.mention.end - 1;
        continue;
      }
      return c.group;
    }
    return null;
  }

  // ---------- pronouns, governments, documents, groups ----------

  /** The one a pronoun stands for; `kind` 'person' for words that describe a person of either sex ("the 35-year-old"). */
  resolvePronoun(pronoun: string, at: number, verb: number, kind = PRONOUNS.get(pronoun)): EntityGroup | null {
    // an earlier speech verb in the same sentence with a named subject: "X said …, provided they “…”"
    const sentenceStart = this.a.sentences[this.tokens[at]!.sentence]!.start;
    for (let v = at - 1; v >= sentenceStart; v--) {
      if (this.quoteOf(v) >= 0 || !this.isSpeechVerb(v)) continue;
      const s = this.subjectBefore(v, sentenceStart);
      if (s && typeof s !== 'string' && (kind !== 'male' && kind !== 'female' || s.kind === 'person')) return s;
    }
    const horizon = Math.max(0, at - LOOKBACK);
    if (kind === 'male' || kind === 'female' || kind === 'person') {
      // the nearest person named as a subject would be ("Quill was arrested"), rather than as an owner
      // or after a preposition ("a call to Omar’s office"); failing that, the nearest person at all
      // A person who opens a sentence (the one being written about) wins over one named in passing
      // nearer the pronoun, within the last few paragraphs.
      let fallback: EntityGroup | null = null;
      let near: EntityGroup | null = null;
      let nearParagraph = 0;
      const paragraph = this.tokens[at]!.paragraph;
      // "“…,” said Mr Vale. He said… “…,” he added": the one quoted last in the paragraph, when no one else has been named since
      const quoted = this.lastQuotedPerson(at, 0);
      let namedSince = false;
      for (let i = at - 1; i >= horizon; i--) {
        // "The home secretary said… Speaking on the radio, he said": a description of someone named
        // before, opening a sentence, is what the sentence is about
        if (!near && this.tokens[i]!.key === 'the' && this.a.sentences[this.tokens[i]!.sentence]!.start === i && this.quoteOf(i) < 0) {
          const described = this.describedSubject(i, at);
          const gender = described && (described.gender ?? this.genders.get(described));
          if (described && (!gender || kind === 'person' || gender === kind)) return described;
        }
        const c = this.covering[i];
        if (!c || this.quoteOf(i) >= 0 || c.group.kind !== 'person' || c.mention.modifier) continue;
        if (near && this.tokens[i]!.paragraph < Math.min(paragraph - 2, nearParagraph - 1)) return near;
        i = c.mention.start;
        const gender = c.group.gender ?? this.genders.get(c.group);
        if (gender && kind !== 'person' && gender !== kind) continue;
        // "Ann Vale / AP file": a photo credit, not someone the text is about
        if (this.tokens[c.mention.end]?.text === '/' || this.tokens[c.mention.start - 1]?.text === '/') continue;
        const owner = this.tokens[c.mention.end - 1]!.possessive;
        // "Cook told Benioff": the one told is spoken to, the one telling speaks
        const told = c.mention.start > 0 && this.quoteOf(c.mention.start - 1) < 0 && speechVerbBase(this.tokens[c.mention.start - 1]!.key) === 'tell';
        // ("hopes to persuade B to stay": the one a verb acts on is its object)
        const before = this.tokens[c.mention.start - 1];
        const verbObject = !!before && before.word && !before.cap && before.sentence === this.tokens[c.mention.start]!.sentence && (before.tags.has('Verb') || before.tags.has('Gerund')) && !before.tags.has('Noun')
          && !AUXILIARIES.has(before.key) && !speechVerbBase(before.key) && this.quoteOf(c.mention.start - 1) < 0;
        // ("did not feel it was as bad as Mr Vale believed": the subject of a clause within the sentence is not what it is about)
        let clauseWord = c.mention.start - 1;
        if (this.tokens[clauseWord]?.text === '.' && HONORIFICS.has(this.tokens[clauseWord - 1]?.key ?? '')) clauseWord--;
        if (HONORIFICS.has(this.tokens[clauseWord]?.key ?? '')) clauseWord--;
        const opener = this.tokens[clauseWord];
        const subordinate = !!opener && opener.word && !opener.cap && SUBORDINATORS.has(opener.key) && opener.sentence === this.tokens[c.mention.start]!.sentence;
        const object = this.objectOfPreposition(c.mention.start) || told || verbObject || subordinate;
        if (!owner && !subordinate && c.group === quoted && !namedSince) return c.group;
        // (a name that only qualifies the noun after it, "a Vale festival", names no one new)
        const next = this.tokens[c.mention.end];
        if (!owner && !object && !(next && next.word && !next.cap && next.tags.has('Noun') && !next.tags.has('Verb'))) namedSince = true;
        if (!owner && !object && !near && SAYING.has(speechVerbBase(this.tokens[c.mention.end]?.key ?? '') ?? '') && !this.tokens[c.mention.end]!.cap && this.quoteOf(c.mention.end) < 0) return c.group;
        // "Rita Vale's albums were…": the owner who opens a sentence is what it is about
        if (owner && !near && this.opensSentence(c.mention.start)) {
          near = c.group;
          nearParagraph = this.tokens[i]!.paragraph;
        }
        if (!owner && !object) {
          // (or, in the pronoun's paragraph or the one before, its subject after an opening phrase: "As it turned out, Vale had…")
          if (this.opensSentence(c.mention.start) || (this.tokens[i]!.paragraph >= paragraph - 1 && this.isSubject(c.mention))) return c.group;
          if (!near) {
            near = c.group;
            nearParagraph = this.tokens[i]!.paragraph;
          }
        }
        fallback ??= c.group;
      }
      return near ?? fallback;
    }
    if (kind === 'thing' || kind === 'plural') {
      const paragraph = this.tokens[at]!.paragraph;
      // the organisation quoted last, unless one is made the subject of a sentence after its quotation
      let spoken: { group: EntityGroup; at: number } | undefined;
      for (let q = this.speakers.length - 1; q >= 0; q--) {
        const s = this.speakers[q];
        const span = this.spans[q]!;
        if (span.paragraph < paragraph - 3) break;
        if (s && s.kind === 'organisation' && span.openToken < at) {
          spoken = { group: s, at: span.openToken };
          break;
        }
      }
      // "Big Harbour have denied it. “…,” they said": the organisation that is the subject of a recent sentence
      for (let i = at - 1; i >= horizon && i > (spoken?.at ?? -1) && this.tokens[i]!.paragraph >= paragraph - 2; i--) {
        const c = this.covering[i];
        if (!c || this.quoteOf(i) >= 0 || c.group.kind !== 'organisation' || c.mention.modifier) continue;
        if (this.isSubject(c.mention) && !this.tokens[c.mention.end - 1]!.possessive) return c.group;
        i = c.mention.start;
      }
      if (spoken) return spoken.group;
      if (kind === 'plural') return null;
      for (let i = at - 1; i >= horizon; i--) {
        const c = this.covering[i];
        if (!c || this.quoteOf(i) >= 0 || c.group.kind !== 'organisation' || c.mention.modifier) continue;
        return c.group;
      }
    }
    void verb;
    return null;
  }

  /** Is the name at `start` the object of a preposition, its role words between ("owned by talent manager A B")? */
  objectOfPreposition(start: number): boolean {
    let k = start - 1;
    while (k >= start - 3 && this.tokens[k]?.word && !this.tokens[k]!.cap && (ROLES.has(this.tokens[k]!.key) || (k < start - 1 && this.tokens[k]!.tags.has('Noun') && ROLES.has(this.tokens[k + 1]!.key)))) k--;
    return this.tokens[k]?.tags.has('Preposition') ?? false;
  }

  /** Is the mention the subject of its sentence: opening it, or after an opening phrase or in apposition
   *  to it, with its verb right after ("Then, last week, A B posted", "The firm that runs it, A B, denies")? */
  isSubject(m: Mention): boolean {
    // (with its role before it: "On Monday, defence lawyer A B tried…")
    const start = this.roleStart(m.start);
    if (this.opensSentence(start)) return true;
    const tokens = this.tokens;
    if (tokens[start - 1]?.text !== ',') return false;
    let v = m.end;
    if (tokens[v]?.text === ',') {
      v++;
      // "However, A B, the head of X, said": past the description set off by commas
      if (tokens[v]?.word && (DETERMINERS.has(tokens[v]!.key) || isRoleNoun(tokens[v]!.key))) {
        let k = v + 1;
        while (k < v + 20 && tokens[k] && tokens[k]!.sentence === tokens[v]!.sentence && tokens[k]!.text !== ',' && this.quoteOf(k) < 0) k++;
        if (tokens[k]?.text === ',') v = k + 1;
      }
    }
    while (tokens[v] && tokens[v]!.word && AUXILIARIES.has(tokens[v]!.key)) v++;
    const verb = tokens[v];
    if (!verb || !verb.word || verb.cap || verb.sentence !== tokens[m.start]!.sentence || this.quoteOf(v) >= 0) return false;
    if (!verb.tags.has('Verb') || verb.tags.has('Noun') && !verb.tags.has('PresentTense') && !verb.tags.has('PastTense')) return false;
    // nobody else named before it in the sentence
    const sentenceStart = this.a.sentences[tokens[m.start]!.sentence]!.start;
    for (let i = sentenceStart; i < m.start; i++) if (this.covering[i] && !this.covering[i]!.mention.modifier) return false;
    return true;
  }

  /** Where the role words right before a name start ("defence lawyer A B", "Chief executive A B", "83-year-old A B"), or `start` when there are none. */
  roleStart(start: number): number {
    const tokens = this.tokens;
    // (past an honorific: "senior Conservative MP Sir A B")
    let named = start;
    while (named > 0 && tokens[named - 1]!.word && tokens[named - 1]!.cap && HONORIFICS.has(tokens[named - 1]!.key.replace(/\.$/, '')) && !this.covering[named - 1]) named--;
    const role = tokens[named - 1];
    // (a capitalised title is a role too: "Conservative MP A B")
    const title = !!role && role.word && role.cap && TITLES.has(role.key);
    if (!role || !role.word || this.covering[named - 1] || (role.cap && !role.initial && !title)) return start;
    // ("83-year-old A B contemplates")
    if (/^\d+-year-old$/.test(role.key)) return named - 1;
    if (!isRoleNoun(role.key) && !title) return start;
    let k = named - 1;
    while (k > named - 4) {
      const t = tokens[k - 1];
      // (a party or a country may qualify the role: "Conservative MP", "Labour peer")
      const qualifier = !!t && t.word && t.cap && (PARTY_LABELS.has(t.key) || !!demonymCountry(t.text) || !!countryOf(t.text));
      if (!t || !t.word || (this.covering[k - 1] && !qualifier) || t.sentence !== role.sentence || this.quoteOf(k - 1) >= 0 || (t.cap && !t.initial && !qualifier)) break;
      if (DETERMINERS.has(t.key) || CLAUSE_BREAKS.has(t.key) || t.tags.has('Preposition') || (t.tags.has('Verb') && !t.tags.has('Noun'))) break;
      k--;
    }
    return k;
  }

  /** Does the sentence open with the name at `start` (after an article or a capitalised title, if any)? */
  opensSentence(start: number): boolean {
    const sentenceStart = this.a.sentences[this.tokens[start]!.sentence]!.start;
    let from = sentenceStart;
    // "But Vale hit back", "However, Vale said": past a connective that opens the sentence
    if (from < start && this.tokens[from]!.cap && CONNECTIVES.has(this.tokens[from]!.key)) {
      from++;
      if (this.tokens[from]?.text === ',') from++;
    }
    for (let i = from; i < start; i++) {
      const t = this.tokens[i]!;
      // ("Britain's Tom Gardener shook off…": a country owning the name opens it too)
      if (t.word && t.possessive && t.cap && countryOf(t.text) && !this.covering[i]) continue;
      if (t.word && !DETERMINERS.has(t.key) && !(t.cap && (TITLES.has(t.key.replace(/\.$/, '')) || HONORIFICS.has(t.key.replace(/\.$/, '')) || this.covering[i]?.mention.modifier)) && !(t.text === '.' && i > sentenceStart)) return false;
      if (!t.word && t.text !== '.') return false;
    }
    return true;
  }

  government(words: readonly Token[]): EntityGroup | null {
    const content = words.filter((w) => !DETERMINERS.has(w.key));
    if (!content.length || content.length > 3) return null;
    const head = content[content.length - 1]!;
    let country = undefined as ReturnType<typeof countryOf>;
    let body = 'government';
    if (content.length === 1 && head.cap && !head.possessive) country = countryOf(head.text);
    else if (GOVERNMENT_WORDS.has(head.key) && content.length === 2) country = countryOf(content[0]!.text) ?? demonymCountry(content[0]!.text);
    else if (ARMED_BODIES.has(head.key) && content.length === 2) {
      // "the US military said": the country's forces
      country = countryOf(content[0]!.text) ?? demonymCountry(content[0]!.text);
      body = head.key;
    }
    if (!country) return null;
    // named as the text writes it ("US military", "Chinese government"); "China said" → "Chinese government"
    const modifier = content.length === 2 && !content[0]!.possessive ? content[0]!.text : country.demonym;
    const name = `${modifier} ${body === 'government' ? (content.length === 2 ? head.key : 'government') : body}`;
    let group = this.governments.get(name);
    if (!group) {
      group = this.groups.find((g) => g.kind === 'organisation' && g.name.toLowerCase() === name.toLowerCase()) ?? {
        kind: 'organisation',
        name,
        forms: [name],
        mentions: [],
      };
      this.governments.set(name, group);
    }
    return group;
  }

  resolveDocument(noun: string, at: number): EntityGroup | null {
    const family = DOCUMENT_FAMILIES.find((f) => f.has(noun));
    const before = this.issued.filter((d) => d.at < at);
    const pick = (list: Issued[]) => list.sort((x, y) => y.at - x.at)[0]?.group ?? null;
    for (const priority of [2, 1]) {
      const exact = pick(before.filter((d) => d.priority === priority && d.noun === noun));
      if (exact) return exact;
      const kin = pick(before.filter((d) => d.priority === priority && !!family?.has(d.noun)));
      if (kin) return kin;
    }
    return null;
  }

  resolveGroupNoun(noun: string): EntityGroup | null {
    // "lawmakers, led by Chairman Walter Brandt"
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length - 3; i++) {
      if (tokens[i]!.key !== noun || tokens[i + 1]!.text !== ',' || !LEADERS.has(tokens[i + 2]!.key)) continue;
      const end = Math.min(tokens.length, i + 16);
      const leader = this.firstGroupIn(i + 3, end);
      if (leader) return leader;
    }
    return null;
  }

  // ---------- who issued which document ----------

  collectIssuers(): void {
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.word || t.cap || !DOCUMENT_NOUNS.has(t.key) || this.quoteOf(i) >= 0) continue;
      const issuer = this.documentIssuer(i);
      // The word's tags are read last, because reading one means tagging the sentence.
      if (!issuer || (t.tags.has('Verb') && !t.tags.has('Noun'))) continue;
      this.issued.push({ noun: t.key, group: issuer.group, at: i, priority: issuer.priority });
    }
    // "the US military said in a statement": the statement is the speaker's
    for (let i = 2; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!DOCUMENT_NOUNS.has(t.key) || t.cap || this.quoteOf(i) >= 0) continue;
      // The phrase starts at most four words back: without an "in" there, it cannot follow one (and
      // finding where it starts reads tags).
      if (!tokens.slice(Math.max(0, i - 5), i).some((t) => t.key === 'in')) continue;
      const np = this.npStartOf(i);
      if (tokens[np - 1]?.key !== 'in') continue;
      const v = np - 2;
      if (v < 0 || !this.isSpeechVerb(v)) continue;
      const sentenceStart = this.a.sentences[tokens[v]!.sentence]!.start;
      const who = this.subjectBefore(v, sentenceStart);
      if (who && typeof who !== 'string') this.issued.push({ noun: t.key, group: who, at: i, priority: 2 });
    }
    // "In a 2022 report, Ines Carvalho … detailed": a document in an opening phrase, and the subject after it
    for (const sentence of this.a.sentences) {
      const first = tokens[sentence.start];
      if (!first || first.key !== 'in') continue;
      let i = sentence.start + 1;
      while (i < sentence.end && i < sentence.start + 6 && tokens[i]!.text !== ',' && !DOCUMENT_NOUNS.has(tokens[i]!.key)) i++;
      const doc = tokens[i];
      if (!doc || !DOCUMENT_NOUNS.has(doc.key)) continue;
      let comma = i;
      while (comma < sentence.end && tokens[comma]!.text !== ',') comma++;
      const c = this.covering[comma + 1];
      if (c && !c.mention.modifier) this.issued.push({ noun: doc.key, group: c.group, at: i, priority: 2 });
    }
  }

  /** The first token of the noun phrase whose head is at `i` ("an update", "the 48-page report"). */
  /** Who issued the document named by the noun at `i`, as the words around it say, and how surely. */
  documentIssuer(i: number): { group: EntityGroup; priority: number } | null {
    const tokens = this.tokens;
    // "a report by the Office…", "the assessment published late Wednesday by the U.N. human rights office"
    let k = i + 1;
    while (k < tokens.length && k <= i + 4 && tokens[k]!.word && (ISSUING_VERBS.has(tokens[k]!.key) || isDateWord(tokens[k]!.key) || lexiconTags(tokens[k]!.key)?.has('Adverb') || ['late', 'early', 'on', 'last', 'this', 'week', 'month', 'year', 'jointly'].includes(tokens[k]!.key))) k++;
    let m = k + 1;
    if (tokens[m]?.key === 'the') m++;
    const byWhom = tokens[k]?.key === 'by' ? this.covering[m] : undefined;
    // Without a name after "by", only a name or an issuing verb in the few words before the noun
    // phrase can give an issuer: look for one before finding where the phrase starts, which reads tags.
    // (The phrase starts at most four words back; the word before it is looked at.)
    if (!byWhom && !this.issuerCouldStandBefore(i)) return null;
    const npStart = this.npStartOf(i);
    const prep = tokens[npStart - 1];
    const attached = !(prep && ['with', 'into', 'alongside'].includes(prep.key));
    if (byWhom && attached) {
      let who = byWhom;
      // "by Makela’s predecessor Ines Carvalho"
      if (tokens[byWhom.mention.end - 1]!.possessive) {
        for (let x = byWhom.mention.end; x < byWhom.mention.end + 4; x++) if (this.covering[x] && this.covering[x]!.group !== byWhom.group) { who = this.covering[x]!; break; }
      }
      return { group: who.group, priority: 2 };
    }
    // "HSA released an update", "the U.N. report", "the Carvalho report"
    const owner = this.covering[npStart - 1] ?? this.covering[i - 1];
    if (owner && !owner.mention.modifier) return { group: owner.group, priority: 1 };
    const subject = this.issuingSubject(npStart);
    return subject ? { group: subject, priority: 2 } : null;
  }

  /** A name or an issuing verb among the five words before `i`. */
  issuerCouldStandBefore(i: number): boolean {
    for (let x = Math.max(0, i - 5); x < i; x++) if (this.covering[x] || ISSUING_VERBS.has(this.tokens[x]!.key)) return true;
    return false;
  }

  npStartOf(i: number): number {
    let s = i;
    while (s > 0 && s > i - 5) {
      const t = this.tokens[s - 1]!;
      if (!t.word || t.possessive || this.covering[s - 1]) break;
      if (DETERMINERS.has(t.key)) {
        s--;
        break;
      }
      if (t.tags.has('Verb') && !t.tags.has('Adjective')) break;
      s--;
    }
    return s;
  }

  /** "HSA released an update": the subject of an issuing verb right before the document phrase. */
  issuingSubject(npStart: number): EntityGroup | null {
    let v = npStart - 1;
    const tokens = this.tokens;
    if (!tokens[v] || !ISSUING_VERBS.has(tokens[v]!.key)) return null;
    v--;
    while (v >= 0 && tokens[v]!.word && AUXILIARIES.has(tokens[v]!.key)) v--;
    const c = this.covering[v];
    return c && !c.mention.modifier ? c.group : null;
  }

  /** Documents named where a speaker was found ("said in a statement") were issued by that speaker. */
  noteDocuments(span: QuoteSpan, speaker: EntityGroup): void {
    const tokens = this.tokens;
    const sentences = new Set<number>();
    if (span.openToken >= 0) sentences.add(tokens[span.openToken]!.sentence);
    if (span.closeToken >= 0) sentences.add(tokens[span.closeToken]!.sentence);
    for (const s of sentences) {
      const sentence = this.a.sentences[s]!;
      for (let i = sentence.start; i < sentence.end; i++) {
        const t = tokens[i]!;
        if (this.quoteOf(i) >= 0 || !DOCUMENT_NOUNS.has(t.key) || t.cap) continue;
        const np = this.npStartOf(i);
        const prep = tokens[np - 1];
        if (prep && (DOC_PREPOSITIONS.has(prep.key) || (prep.key === 'to' && tokens[np - 2]?.key === 'according'))) {
          if (prep.key === 'to' && tokens[np - 2]?.key !== 'according') continue;
          this.issued.push({ noun: t.key, group: speaker, at: i, priority: 2 });
        }
      }
    }
  }
}

// The list of known news outlets and agencies, and a matcher that finds their names, short forms
// and web domains in a line of text (longest form first, so "The New York Times Company" is the Times).
import data from '../data/outlets.json' with { type: 'json' };

export interface Outlet {
  name: string;
  agency: boolean;
  domains: string[];
  /** Words that open an agency's own credit line, e.g. Reuters' "Reporting by". */
  signoff: string[];
}

export interface OutletMention {
  outlet: Outlet;
  /** The words as they stand in the line. */
  text: string;
  start: number;
  end: number;
  /** A form that is also an ordinary word or ambiguous: it counts only where the context says outlet. */
  weak: boolean;
  /** Followed by a possessive ('s / ’). */
  possessive: boolean;
  domain: boolean;
}

interface OutletEntry {
  name: string;
  forms?: string[];
  short?: string[];
  weak?: string[];
  domains?: string[];
  agency?: boolean;
  signoff?: string[];
}

interface Form {
  outlet: Outlet;
  weak: boolean;
}

// Tokens are words (letters and digits with inner . ' & + -) or the joining signs & + / !.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.&+\-]*[\p{L}\p{N}])?\.?|[&+/!]/gu;
const DOMAIN = /^(?:[\p{L}\p{N}-]+\.)+[a-z]{2,}$/iu;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function key(text: string): string {
  return tokenize(text.replace(/’/g, "'"))
    .map((t) => t.text)
    .join(' ');
}

function letters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

export class OutletIndex {
  readonly outlets: Outlet[];
  private readonly exact = new Map<string, Form>();
  private readonly upper = new Map<string, Form>();
  private readonly lower = new Map<string, Form>();
  private readonly domains = new Map<string, Outlet>();
  private readonly maxTokens: number;
  /** First words of every form: most words of a line start none, and are skipped at once. */
  private readonly firstWords = new Set<string>();
  /** The first words (one or more, joined by a space) of every form longer than them, as each map
   * compares them: a span whose words before its last are none of these cannot match. */
  private readonly exactPrefixes = new Set<string>();
  private readonly upperPrefixes = new Set<string>();
  private readonly lowerPrefixes = new Set<string>();

  constructor(entries: OutletEntry[]) {
    this.outlets = [];
    let maxTokens = 1;
    for (const entry of entries) {
      const outlet: Outlet = {
        name: entry.name,
        agency: entry.agency === true,
        domains: entry.domains ?? [],
        signoff: entry.signoff ?? [],
      };
      this.outlets.push(outlet);
      const weak = new Set(entry.weak ?? []);
      const add = (form: string, caseSensitive: boolean): void => {
        const k = key(form);
        if (!k) return;
        maxTokens = Math.max(maxTokens, k.split(' ').length);
        const f: Form = { outlet, weak: weak.has(form) };
        if (!this.exact.has(k)) this.exact.set(k, f);
        // Mastheads and menus are often in capitals; long full names may match there too.
        if (!caseSensitive && !f.weak && letters(form) >= 5 && !this.upper.has(k.toUpperCase())) this.upper.set(k.toUpperCase(), f);
        if (form.includes('.') && DOMAIN.test(form) && !this.lower.has(k.toLowerCase())) this.lower.set(k.toLowerCase(), f);
      };
      add(entry.name, false);
      for (const form of entry.forms ?? []) add(form, false);
      for (const form of entry.short ?? []) add(form, true);
      for (const form of weak) add(form, true);
      for (const domain of outlet.domains) if (!this.domains.has(domain)) this.domains.set(domain, outlet);
    }
    this.maxTokens = maxTokens;
    for (const k of this.exact.keys()) this.firstWords.add(k.split(' ')[0]!);
    for (const k of this.upper.keys()) this.firstWords.add(k.split(' ')[0]!);
    for (const k of this.lower.keys()) this.firstWords.add(k.split(' ')[0]!);
    const addPrefixes = (keys: Iterable<string>, prefixes: Set<string>) => {
      for (const k of keys) {
        const words = k.split(' ');
        for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
      }
    };
    addPrefixes(this.exact.keys(), this.exactPrefixes);
    addPrefixes(this.upper.keys(), this.upperPrefixes);
    addPrefixes(this.lower.keys(), this.lowerPrefixes);
  }

  /** Could a form of more words than these start with these words? */
  private mayGoOn(words: string): boolean {
    return this.exactPrefixes.has(words) || this.upperPrefixes.has(words) || this.lowerPrefixes.has(words.toLowerCase());
  }

  private mayStart(word: string): boolean {
    if (word.includes('.')) return true;
    const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
    return this.firstWords.has(word) || this.firstWords.has(bare) || this.firstWords.has(word.toLowerCase());
  }

  /** The outlet a name, short form or domain stands for, if it is a known one. */
  lookup(name: string): Outlet | null {
    const k = key(name);
    const form = this.exact.get(k) ?? this.upper.get(k.toUpperCase()) ?? this.lower.get(k.toLowerCase());
    if (form) return form.outlet;
    return this.domainOutlet(name.trim().toLowerCase());
  }

  /** The outlet whose web domain (or a subdomain of it) this is. */
  domainOutlet(host: string): Outlet | null {
    let h = host.replace(/^https?:\/\//, '').replace(/[/?#].*$/, '').replace(/^www\d?\./, '').replace(/\.$/, '');
    while (h.includes('.')) {
      const hit = this.domains.get(h);
      if (hit) return hit;
      h = h.slice(h.indexOf('.') + 1);
    }
    return null;
  }

  /** Every known outlet named in the line, longest form first, left to right. */
  find(line: string): OutletMention[] {
    const text = line.replace(/’/g, "'");
    const tokens = tokenize(text);
    const out: OutletMention[] = [];
    for (let i = 0; i < tokens.length; ) {
      if (!this.mayStart(tokens[i]!.text)) {
        i++;
        continue;
      }
      // The longest span worth trying: a match changes only the last word of a span (a final dot, a
      // possessive), so the words before it must begin some longer form as they stand.
      let longest = 1;
      let prefix = tokens[i]!.text;
      while (longest < this.maxTokens && i + longest < tokens.length && this.mayGoOn(prefix)) {
        prefix += ' ' + tokens[i + longest]!.text;
        longest++;
      }
      let matched = 0;
      for (let n = Math.min(this.maxTokens, tokens.length - i, longest); n >= 1 && !matched; n--) {
        const span = tokens.slice(i, i + n);
        const mention = this.match(span, text);
        if (mention) {
          out.push(mention);
          matched = n;
        }
      }
      i += matched || 1;
    }
    return out;
  }

  private match(span: Token[], text: string): OutletMention | null {
    const first = span[0]!;
    const last = span[span.length - 1]!;
    const joined = span.map((t) => t.text).join(' ');
    const after = text.slice(last.end, last.end + 2);
    const possessive = /'s$/.test(joined) || /^'(?:s\b|(?!\w))/.test(after);
    // Variants: as written, without a sentence-final dot, without a possessive 's.
    const variants: [string, number][] = [[joined, last.end]];
    if (joined.endsWith('.')) variants.push([joined.slice(0, -1), last.end - 1]);
    if (/'s$/.test(joined)) {
      variants.push([joined.slice(0, -2), last.end - 2]);
    }
    for (const [k, end] of variants) {
      const isUpper = k === k.toUpperCase() && /\p{Lu}/u.test(k);
      const form = this.exact.get(k) ?? (isUpper ? this.upper.get(k) : undefined) ?? this.lower.get(k.toLowerCase());
      if (form) {
        const written = text.slice(first.start, end);
        return { outlet: form.outlet, text: written, start: first.start, end, weak: form.weak, possessive, domain: DOMAIN.test(written) };
      }
      if (span.length === 1 && k.includes('.') && DOMAIN.test(k)) {
        // A web address: the outlet whose domain it is.
        const outlet = this.domainOutlet(k.toLowerCase());
        if (outlet) return { outlet, text: text.slice(first.start, end), start: first.start, end, weak: false, possessive: false, domain: true };
      }
    }
    return null;
  }
}

export const outletIndex = new OutletIndex(data.outlets as OutletEntry[]);

// Reads every line of a page for signs of the outlet that published it: its own furniture (copyright,
// "Subscribe to X", mastheads, sign-offs, "told X", its own address) counts for it; other outlets
// cited in the body ("Reuters reported", "CNN's X reports", quoted excerpts) count against them.
// Agency credits ("(AP) —", "By Reuters", "© AFP") are kept apart, as votes for `agency`.
import type { Outlet, OutletIndex, OutletMention } from './outlets.ts';
import type { PageLayout, PageLine } from './page.ts';
import { isParentWord, isPlatformDomain, leadingName, mentionsBuilder } from './names.ts';

export type ClueRole =
  | 'copyright'
  | 'site furniture'
  | 'self-description'
  | 'sign-off'
  | 'dateline'
  | 'interview'
  | 'self-reference'
  | 'byline'
  | 'credit'
  | 'masthead'
  | 'page furniture'
  | 'domain'
  | 'own address'
  | 'site domain'
  | 'mention'
  | 'other outlet cited'
  | 'quoted excerpt'
  | 'agency partner';

export interface Clue {
  /** A known outlet, or null when `name` was read from the page itself. */
  outlet: Outlet | null;
  name: string;
  role: ClueRole;
  /** For the publishing outlet (may be negative). */
  weight: number;
  /** For the agency whose story this is. */
  agencyWeight: number;
  line: number;
  snippet: string;
  /** A company name (Inc., Media, a large media group): needs other evidence. */
  corporate?: boolean;
  /** Strong enough to name a site on its own (a copyright holder, the page's own address…). */
  standalone?: boolean;
}

/** A name that looks like a brand rather than a word of the menu: "LinkNaija", "VG247", "NWFP",
 * "morebikes.co.uk". Such a name may stand on one clue. */
export function brandLike(name: string): boolean {
  return (
    /^(?=[\p{L}\p{N}]*(?:\p{Ll}\p{Lu}|\p{L}\p{N}))[\p{L}\p{N}]+$/u.test(name) ||
    /^\p{Lu}{2,5}$/u.test(name) ||
    /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}$/u.test(name)
  );
}

type Weights = Pick<Clue, 'role' | 'weight' | 'agencyWeight'>;

const COPYRIGHT = /©|\([cC]\)|\bcopyright\b|\ball rights reserved\b/i;
const COPYRIGHT_OPENER = /(?:©|\([cC]\)|\bcopyright\b)[\s©\d,–—-]*(?:\([cC]\)[\s\d,–—-]*)?(?:by\s+)?(?:the\s+)?$/i;
const PICTURE_CREDIT = /^\s*\(?\s*(?:Photo|Photos|Photograph|Image|Images|Picture|Pictures|Credit|Credits|Foto|Fotos|Imagem|Bild|Illustration|Video)\b[^:]{0,25}:|\((?:Image|Photo|Picture|Credit)s?:\s*©|\b(?:data|images?|photos?|pictures?|video|maps?|charts?|graphics?)\s*©|\bphoto by\b|\bimages?\s+by\b|\bgetty images\b/i;
const DATE_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d+\s+(?:minutes?|hours?|days?)\s+ago\b|\b(?:19|20)\d{2}\b/i;

const DATELINE_BEFORE = /^(?:[\p{Lu}][\p{Lu}\p{L}.,'’ -]{0,60}\s)?\($/u;
const DATELINE_AFTER = /^\)\s*[-–—:]/;
const INTERVIEW_BEFORE = /\b(?:told|tells|telling|speaking to|spoke to|speaking with|spoke with|said to|in an interview with|interviewed by|in a statement to|in an e-?mail to|in a message to|wrote to|confirmed to|explained to|said in an e-?mail to)\s+(?:the\s+)?$/i;
const SELF_AFTER = /^\s+(?:could not|couldn't|cannot|was unable to|were unable to|has (?:reached out|contacted|asked|learned|obtained|seen|reviewed|requested|not been able)|reached out|has been unable|is awaiting|has verified|verified|reserves the right)\b/i;
const CITED_AFTER = /^(?:'s?)?\s+(?:reported|reports|has reported|had reported|first reported|earlier reported|said|says|wrote|writes|noted|published|broke|revealed|cited|quoted|found|obtained|confirmed|described|called|calls|asked)\b/i;
const CITED_BEFORE = /\b(?:according to|reported by|cited by|quoted by|via|published (?:by|in)|appeared in|in an? (?:report|article|story|interview|op-ed|piece|column|editorial|investigation|analysis) (?:by|in|for|from|with)|(?:writing|wrote) (?:in|for)|(?:at|in|from|for|on|with|to)(?: the)?)\s+(?:the\s+)?$/i;
const SIGNOFF_BEFORE = /^[\s•·*–—-]*(?:(?:By|From|Source|Via|Courtesy(?: of)?)\s*:?\s+)?(?:the\s+)?$/i;
const SIGNOFF_PREFIX = /^[\s•·*–—-]*(?:By|From|Source|Via|Courtesy(?: of)?)\s*:?\s+(?:the\s+)?$/i;
const SIGNOFF_AFTER = /^(?:\s+(?:News|Staff|staff|report|Report|reports|reporting|Reporting|wire|Wire|Service|service|contributed(?: to this (?:report|story))?|Digital|Online|Desk|desk|Bureau|bureau))*\s*[.)]?$/;
/** "Jane Doe is a reporter for X": an author's note names the outlet. */
const AUTHOR_NOTE = /\b(?:is|was|has been)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:reporter|writer|correspondent|editor|producer|columnist|contributor|journalist|staff writer|intern|critic|analyst)\s+(?:for|at|with|of)\s+(?:the\s+)?$/u;
const BYLINE_BEFORE = /^\s*(?:By|Written by|Words by|Von|Por|Par|Di|Oleh)\s+(?:[\p{Lu}][\p{L}.'’-]*(?:\s+|(?=[,|–—-]))){1,4}(?:,|\||[-–—]|\bfor\b|\bof\b|\bat\b)\s*(?:the\s+)?$/u;
const CREDIT_SLASH = /\/\s*$|\(\s*[^()]{0,40}\/\s*$/;
const CREDIT_NAME_BEFORE = /^[\s•·*–—-]*(?:(?:By|Photo|Photograph|Image|Credit)\s*:?\s+)?(?:[\p{Lu}][\p{L}.'’-]+(?:\s+|(?=,))){1,3}[,|–—-]?\s*$/u;

/** "Subscribe to X", "Support X", "keep X free": the site asking its own readers. */
const SITE_ASK = /\b(?:Subscribe to|Support|Donate to|Welcome to|Thank you for (?:reading|supporting|visiting)|Thanks for (?:reading|visiting)|Become an? (?:member|subscriber|supporter) of|Make a (?:donation|contribution) to|keep)\s+(?:the\s+)?/g;
const SITE_ASK_BEFORE = /\b(?:Subscribe to|Support|Donate to|Welcome to|Thank you for (?:reading|supporting|visiting)|Thanks for (?:reading|visiting)|Become an? (?:member|subscriber|supporter) of|Make a (?:donation|contribution) to|keep|Follow|More from|Join|Download the|Get the|About|Contact|Search|Why|Advertise (?:with|on|in)|Jobs at|Careers at)\s+(?:the\s+)?$/;
/** "About X", "Contact X", "Search X", "Why X?", "More from X": links of the site's own menus. */
const SITE_LINK = /^(?:About|Contact|Search|Why|More from|Advertise (?:with|on|in)|Jobs at|Careers at|Work at|Work for)\s+/;
const SELF_DESCRIPTION = /^\s+(?:is\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,5}(?:news|media|newspaper|magazine|publication|outlet|site|website|journal|broadcaster|newsroom|organi[sz]ation|platform)\b|reserves the right\b|is supported by its (?:audience|readers)\b|features the latest\b|brings you\b|is your (?:source|home)\b)/u;
/** What every SELF_DESCRIPTION holds after the white space it opens with. */
const SELF_DESCRIPTION_WORDS = /\s(?:is\s+(?:an?|the|supported|your)\s|reserves the right|features the latest|brings you)/u;
/** "By JANE DOE | Special to the Pioneer Press", "By Jane Doe, for the X". */
const SPECIAL_TO = /^\s*(?:By|BY)\s+[^|,]{2,60}[|,]\s*(?:Special to|special to|For|for)\s+(?:the\s+)?/;
/** "Subscribe to the" at the end of a line, the name on the next. */
const ASK_AT_END = /^\s*(?:Subscribe to|Welcome to|Sign up for)(?:\s+the)?\s*$/;
const RELIES_ON = /\brel(?:y|ies) on\s+/;
const ACRONYM_SIGNOFF = /^[\s•·*–—-]*([\p{Lu}][\p{Lu}\p{N}&]{1,7})\s+(?:report|staff|News)\s*\.?$/u;
const TOLD_ACRONYM = /\b(?:told|speaking to|in an interview with|in a statement to)\s+([\p{Lu}][\p{Lu}\p{N}]{2,6})\b(?![\p{L}'’])/gu;
/** A web domain written in a line: a bare host, an address or an e-mail ("stats@example.com"). */
const HOST = /(?<![\p{L}\p{N}.-])((?:[\p{L}\p{N}-]+\.)+([a-z]{2,6}))(?![\p{L}\p{N}-])/gu;
const FILE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'svg', 'html', 'htm', 'php', 'asp', 'aspx', 'js', 'css', 'pdf', 'mp3', 'mp4', 'txt', 'xml', 'json', 'doc', 'docx', 'zip']);
const SITE_DOMAIN = 1.5;
const URL = /\bhttps?:\/\/([\p{L}\p{N}.-]+\.[\p{L}]{2,})(\/[^\s"'<>()]*)?/gu;

const PROSE_MENTION = 0.25;
const FURNITURE_MENTION = 1;
const MASTHEAD = 1.5;
const WEAK_MASTHEAD = 0.5;
const FIRST_LINES = 1.5;
const DOMAIN_LINE = 2.5;
const DOMAIN = 2;
const UNKNOWN_COPYRIGHT = 4;

/** Up to 100 characters of the line around the clue. */
function snippet(text: string, at = 0): string {
  if (text.length <= 100) return text;
  const start = Math.max(0, Math.min(at - 40, text.length - 100));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + 100).trim()}${start + 100 < text.length ? '…' : ''}`;
}

/** Lines that quote another outlet's report: after an introducing "… reports:" line up to a "[Source]"
 * marker, or opening with a bracketed ellipsis. Outlets named in them are not the publisher. */
function excerptLines(layout: PageLayout): Set<number> {
  const out = new Set<number>();
  let open = 0;
  for (const line of layout.lines) {
    const t = line.text;
    if (!t) continue;
    const marker = /\[(?:Source|source|Read more|…|\.\.\.)\]\s*$/.test(t) || /^\[(?:…|\.\.\.)\]/.test(t);
    if (open > 0 || marker) out.add(line.index);
    if (marker) open = 0;
    else if (open > 0) open--;
    if (line.words >= 5 && /:\s*$/.test(t) && /\b(?:reports?|reported|writes|wrote|notes|noted|explains|according to)\b/i.test(t)) {
      open = 8;
    }
  }
  return out;
}

interface Context {
  line: PageLine;
  copyright: boolean;
  picture: boolean;
  short: boolean;
  excerpt: boolean;
  topRegion: boolean;
  firstLines: boolean;
  /** Among the last lines of the page, where the site's own footer is. */
  footer: boolean;
  /** Within three lines below the headline. */
  nearTitle: boolean;
  /** The line before, for names broken over two lines. */
  previous: string;
}

function knownClue(m: OutletMention, c: Context): Weights | null {
  const t = c.line.text;
  const before = t.slice(Math.max(0, m.start - 80), m.start);
  const after = t.slice(m.end, m.end + 80);
  const agency = m.outlet.agency;
  const exactLine = t.replace(/^[\s•·*|–—-]+|[\s•·*|.:–—-]+$/g, '') === m.text;
  // "Vox Media", "CBS Interactive", "Al Jazeera Media Network": the company behind the outlet.
  const parent = isParentWord(/^\s*([\p{L}]+)/u.exec(after)?.[1] ?? '');

  if (c.picture) {
    return agency ? { role: 'credit', weight: 0, agencyWeight: 0 } : { role: 'credit', weight: m.weak ? 0 : 1.5, agencyWeight: 0 };
  }
  if (c.copyright && COPYRIGHT_OPENER.test(before.slice(-30))) {
    if (/^\s*\//.test(after)) return { role: 'credit', weight: 0, agencyWeight: 0 }; // "© Reuters / Photographer"
    if (agency) return { role: 'copyright', weight: 2, agencyWeight: 5 };
    // "© CBS Interactive", "© FOX News Network, LLC": the parent company, not the masthead itself.
    return { role: 'copyright', weight: parent ? 2 : m.weak || c.line.words > 40 ? 3 : 6, agencyWeight: 0 };
  }
  if (DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(after)) {
    return agency ? { role: 'dateline', weight: 0.5, agencyWeight: 5 } : { role: 'dateline', weight: 4, agencyWeight: 0 };
  }
  // "told CNN's Jake Tapper" is another outlet's interview, cited.
  if (!c.short && INTERVIEW_BEFORE.test(before) && !(m.possessive && /^'s?\s+\p{Lu}/u.test(after))) {
    if (c.excerpt) return { role: 'quoted excerpt', weight: -2, agencyWeight: 0 };
    return agency ? { role: 'interview', weight: 0.5, agencyWeight: 3 } : { role: 'interview', weight: 3, agencyWeight: 0 };
  }
  if (!c.short && !m.possessive && SELF_AFTER.test(after)) {
    if (c.excerpt) return { role: 'quoted excerpt', weight: -1, agencyWeight: 0 };
    return agency ? { role: 'self-reference', weight: 0.5, agencyWeight: 2 } : { role: 'self-reference', weight: 2, agencyWeight: 0 };
  }
  const lineBefore = t.slice(0, m.start);
  const lineAfter = t.slice(m.end);
  const signed = SIGNOFF_PREFIX.test(lineBefore) || /\S/.test(lineAfter);
  if (c.line.words <= 12 && SIGNOFF_BEFORE.test(lineBefore) && SIGNOFF_AFTER.test(lineAfter) && signed && !exactLine) {
    return agency ? { role: 'sign-off', weight: 1, agencyWeight: 5 } : { role: 'sign-off', weight: 5, agencyWeight: 0 };
  }
  if ((c.line.words <= 16 && BYLINE_BEFORE.test(lineBefore)) || AUTHOR_NOTE.test(before)) {
    return agency ? { role: 'byline', weight: 0.5, agencyWeight: 4 } : { role: 'byline', weight: 4, agencyWeight: 0 };
  }
  if (SITE_ASK_BEFORE.test(before) && (c.short || c.line.zone !== 'body')) {
    return { role: 'site furniture', weight: m.weak ? 2 : 4, agencyWeight: 0 };
  }
  if (m.weak && !exactLine) return null;
  if (CREDIT_SLASH.test(before) || /^\s*\//.test(after)) {
    return agency ? { role: 'credit', weight: 0, agencyWeight: 0 } : { role: 'credit', weight: 1.5, agencyWeight: 0 };
  }
  // "Reuters, Washington," on a line of its own: an agency's credit with its bureau.
  if (agency && c.line.words <= 5 && !/\S/.test(lineBefore) && /^\s*,\s*\p{Lu}/u.test(after)) {
    return { role: 'credit', weight: 0.5, agencyWeight: 3 };
  }
  if (c.short && DATE_WORD.test(t) && !exactLine) {
    return agency ? { role: 'byline', weight: 0.5, agencyWeight: 3 } : { role: 'byline', weight: 3, agencyWeight: 0 };
  }
  if (c.line.words <= 7 && CREDIT_NAME_BEFORE.test(before) && /^\s*$/.test(after)) {
    return agency ? { role: 'credit', weight: 0.5, agencyWeight: 2 } : { role: 'credit', weight: 2, agencyWeight: 0 };
  }
  if (!c.short && m.domain) return { role: 'domain', weight: 1, agencyWeight: 0 };
  if (!c.short) {
    const possessiveName = m.possessive && /^(?:'s?)?\s+[\p{Lu}]/u.test(after);
    if (possessiveName || CITED_AFTER.test(after) || CITED_BEFORE.test(before) || c.excerpt) {
      return { role: c.excerpt ? 'quoted excerpt' : 'other outlet cited', weight: -1.5, agencyWeight: 0 };
    }
    return { role: 'mention', weight: PROSE_MENTION, agencyWeight: 0 };
  }
  const top = c.firstLines ? FIRST_LINES : c.topRegion ? 0.5 : 0;
  if (m.domain) return { role: 'domain', weight: (exactLine ? DOMAIN_LINE : DOMAIN) + top, agencyWeight: 0 };
  if (exactLine) {
    const weight = m.weak ? WEAK_MASTHEAD : MASTHEAD + top;
    return { role: 'masthead', weight, agencyWeight: agency && c.line.zone === 'body' ? 1.5 : 0 };
  }
  return { role: 'page furniture', weight: parent ? 0 : FURNITURE_MENTION + top, agencyWeight: 0 };
}

/** A short note about the author, not a sentence of the story. */
function isAuthorNote(text: string): boolean {
  return text.length < 300;
}

type Push = (clue: Omit<Clue, 'line' | 'snippet'>, at?: number) => void;

/** Clues from names the page gives itself that are not in the outlet list. */
function unknownClues(c: Context, index: OutletIndex, push: Push): void {
  const t = c.line.text;
  const add = (name: string, role: ClueRole, weight: number, at: number, corporate = false, standalone = false): void => {
    if (!index.lookup(name)) push({ outlet: null, name, role, weight, agencyWeight: 0, corporate, standalone: standalone && !corporate }, at);
  };
  if (c.copyright && !c.picture && !mentionsBuilder(t)) {
    for (const m of t.matchAll(/(?:©|\([cC]\)|\bcopyright\b)/gi)) {
      const rest = t.slice(m.index + m[0].length).replace(/^[\s©\d,–—-]*(?:\([cC]\)[\s\d,–—-]*)?(?:by\s+)?/i, '');
      const name = leadingName(rest);
      if (name) {
        // The site's own footer sits at the bottom; a © higher up may be an author's or a picture's.
        const footer = c.footer ? 2 : 0;
        add(name.name, 'copyright', (name.corporate ? 3 : UNKNOWN_COPYRIGHT) + footer, m.index, name.corporate, true);
        break;
      }
    }
  }
  if (ASK_AT_END.test(c.previous) && c.short) {
    const name = leadingName(t);
    if (name && !name.corporate) add(name.name, 'site furniture', 4, 0);
  }
  for (const m of t.matchAll(SITE_ASK)) {
    const name = leadingName(t.slice(m.index + m[0].length));
    if (name && !name.corporate) add(name.name, 'site furniture', 4, m.index);
  }
  if (c.short) {
    const link = SITE_LINK.exec(t);
    if (link) {
      const name = leadingName(t.slice(link[0].length));
      if (name && !name.corporate && name.name.length + link[0].length >= t.length - 2) add(name.name, 'site furniture', 2, 0);
    }
    const signoff = ACRONYM_SIGNOFF.exec(t);
    if (signoff) add(signoff[1]!, 'sign-off', 4, 0, false, true);
    const newsletter = /^(?:the\s+)?(\S+(?:\s\S+){0,2})\s+[Nn]ewsletters?\b/.exec(t);
    if (newsletter) {
      const name = leadingName(newsletter[1]!);
      if (name && name.name === newsletter[1]) add(name.name, 'site furniture', 2, 0);
    }
    // A brand-like name on its own line just under the headline: the site as the byline.
    if (c.nearTitle && c.line.words <= 2) {
      const name = leadingName(t);
      if (name && name.name === t.trim() && brandLike(name.name)) add(name.name, 'byline', 3, 0, false, true);
    }
    // The site's name on a line of its own at the very top of the page (a logo's text).
    if (c.firstLines && c.line.words <= 4) {
      const name = leadingName(t);
      if (name && !name.corporate && name.name.length >= t.length - 1) add(name.name, 'masthead', 2, 0);
    }
  }
  // "X is a non-profit media site", "X reserves the right …", at the start of any sentence (only in a
  // line with the words such a description opens with: most lines have none, and are not read again).
  if (SELF_DESCRIPTION_WORDS.test(t)) for (const m of t.matchAll(/(?:^|[.!?]\s+)(?=\S)/g)) {
    const at = m.index + m[0].length;
    const self = leadingName(t.slice(at, at + 120));
    if (self && t.startsWith(self.name, at) && SELF_DESCRIPTION.test(t.slice(at + self.name.length, at + self.name.length + 120))) {
      add(self.name, 'self-description', 4, at);
    }
  }
  const special = SPECIAL_TO.exec(t);
  if (special && c.line.words <= 16) {
    const name = leadingName(t.slice(special[0].length));
    if (name && !name.corporate) add(name.name, 'byline', 4, special.index, false, true);
  }
  const note = /\b(?:is|was)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:reporter|writer|correspondent|editor|producer|columnist|contributor|journalist)\s+(?:for|at|with)\s+(?:the\s+)?/u.exec(t);
  if (note && isAuthorNote(t)) {
    const name = leadingName(t.slice(note.index + note[0].length));
    if (name && !name.corporate) add(name.name, 'byline', 3, note.index);
  }
  if (!c.short && !c.excerpt) {
    for (const m of t.matchAll(TOLD_ACRONYM)) add(m[1]!, 'interview', 2, m.index);
  }
}

function titleWords(title: string): Set<string> {
  return new Set((title.toLowerCase().match(/\p{L}{3,}|\p{N}+/gu) ?? []).filter((w) => w.length >= 3));
}

/** Hosts of addresses printed on the page whose path spells the headline: the page's own address. */
export function ownHosts(layout: PageLayout, title: string): string[] {
  const words = titleWords(title);
  if (words.size < 2) return [];
  const hosts: string[] = [];
  for (const line of layout.lines) {
    if (!line.text.includes('://')) continue;
    for (const m of line.text.matchAll(URL)) {
      const path = (m[2] ?? '').toLowerCase();
      const slug = new Set(path.match(/\p{L}{3,}|\p{N}+/gu) ?? []);
      let shared = 0;
      for (const w of words) if (slug.has(w)) shared++;
      if (shared >= Math.min(3, words.size)) hosts.push(m[1]!.toLowerCase().replace(/^www\d?\./, ''));
    }
  }
  return hosts;
}

/** Agencies' own credit lines, e.g. "(Reporting by …; Editing by …)", compiled once per outlet list. */
const signoffCache = new WeakMap<OutletIndex, Array<[RegExp, Outlet]>>();
function signoffsOf(index: OutletIndex): Array<[RegExp, Outlet]> {
  let signoffs = signoffCache.get(index);
  if (!signoffs) {
    signoffs = index.outlets.flatMap((o) => o.signoff.map((s): [RegExp, Outlet] => [new RegExp(`^\\(?${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`), o]));
    signoffCache.set(index, signoffs);
  }
  return signoffs;
}

export function collectClues(layout: PageLayout, index: OutletIndex, title = ''): Clue[] {
  const clues: Clue[] = [];
  const excerpts = excerptLines(layout);
  const topLimit = layout.titleLine >= 0 ? layout.titleLine : Math.min(layout.bodyStart, 60);
  const signoffs = signoffsOf(index);
  let nonEmpty = 0;
  let previous = '';
  for (const line of layout.lines) {
    const t = line.text;
    if (!t) continue;
    nonEmpty++;
    if (!/[\p{L}]/u.test(t)) continue;
    const c: Context = {
      line,
      copyright: COPYRIGHT.test(t) && line.words <= 80,
      picture: PICTURE_CREDIT.test(t) && line.words <= 40,
      short: !line.prose && line.words <= 12,
      excerpt: excerpts.has(line.index),
      topRegion: line.index <= topLimit,
      firstLines: nonEmpty <= 5,
      footer: line.index >= layout.lines.length - 40,
      nearTitle: layout.titleLine >= 0 && line.index > layout.titleLine && line.index <= layout.titleLine + 3,
      previous,
    };
    const push: Push = (clue, at = 0) => {
      clues.push({ ...clue, line: line.index, snippet: snippet(t, at) });
    };
    const mentions = index.find(t);
    for (const m of mentions) {
      const clue = knownClue(m, c);
      if (clue) push({ outlet: m.outlet, name: m.outlet.name, ...clue }, m.start);
    }
    // "NWFP relies on AFP": the site names the agency it carries.
    const relies = RELIES_ON.exec(t);
    if (relies) {
      const agency = mentions.find((m) => m.outlet.agency && m.start >= relies.index);
      const self = leadingName(t);
      if (agency && self && t.startsWith(self.name)) {
        push({ outlet: agency.outlet, name: agency.outlet.name, role: 'agency partner', weight: 0, agencyWeight: 4 }, relies.index);
        const known = index.lookup(self.name);
        push({ outlet: known, name: known?.name ?? self.name, role: 'self-description', weight: 3, agencyWeight: 0 });
      }
    }
    for (const [signoff, outlet] of signoffs) {
      if (signoff.test(t)) push({ outlet, name: outlet.name, role: 'sign-off', weight: 0, agencyWeight: 4 });
    }
    unknownClues(c, index, push);
    // A domain the page prints that is not a known outlet's: the site's own, if it comes back.
    if (t.includes('.')) {
      for (const m of t.matchAll(HOST)) {
        const host = m[1]!.toLowerCase().replace(/^www\d?\./, '');
        if (FILE_EXTENSIONS.has(m[2]!.toLowerCase()) || !/\p{L}/u.test(host.split('.')[0]!) || isPlatformDomain(host) || index.domainOutlet(host)) continue;
        push({ outlet: null, name: host, role: 'site domain', weight: SITE_DOMAIN, agencyWeight: 0 }, m.index);
      }
    }
    previous = t;
  }
  for (const host of new Set(ownHosts(layout, title))) {
    const outlet = index.domainOutlet(host);
    clues.push({ outlet, name: outlet?.name ?? host, role: 'own address', weight: outlet ? 5 : 3, agencyWeight: 0, line: -1, snippet: host, standalone: true });
  }
  return clues;
}

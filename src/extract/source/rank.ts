// Weighs the clues of a page into candidate outlets: one candidate per name (its forms merged), one
// vote per line, menus capped, names read from the page itself held to a second, speaking clue.
import type { ExtractInput } from '../input.ts';
import { brandLike, collectClues, type Clue, type ClueRole } from './clues.ts';
import { outletIndex, type Outlet } from './outlets.ts';
import { layoutPage, type PageLayout } from './page.ts';

/** Page furniture that merely lists a name (menus, sister-site lists) adds up to at most this. */
const MAX_FURNITURE = 8;
/** Extra weight for each further furniture line naming a site read from the page. */
const CORROBORATION = 1;
const MAX_CORROBORATION = 3;
const BYLINE_WORD = /\b(?:[Bb]y|BY|[Aa]uthor|[Ww]ritten|[Pp]osted)\b/;

/** Clues in which a site names itself (as opposed to merely listing a name). */
const SPEAKING_ROLES = new Set<ClueRole>(['copyright', 'site furniture', 'self-description', 'sign-off', 'own address', 'interview', 'byline', 'site domain']);

export interface Candidate {
  name: string;
  outlet: Outlet | null;
  weight: number;
  agencyWeight: number;
  clues: Clue[];
  /** Weight of the clue the name was taken from. */
  nameWeight: number;
}

function tally(clues: Clue[]): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  const furniture = new Map<string, number>();
  // One line counts once for a candidate (its strongest clue there), and so do repeated lines.
  const perLine = new Map<string, Clue[]>();
  for (const clue of clues) {
    // (A copyright line repeated in a page's two footers is one clue; a masthead repeated is two.)
    const key = `${compact(clue.name)}\u0000${clue.role === 'copyright' ? clue.snippet : clue.line}`;
    const list = perLine.get(key);
    if (list) list.push(clue);
    else perLine.set(key, [clue]);
  }
  for (const list of perLine.values()) {
    const positive = list.filter((k) => k.weight > 0);
    const main = positive.length
      ? positive.reduce((a, b) => (b.weight > a.weight ? b : a))
      : list.reduce((a, b) => (b.weight < a.weight ? b : a));
    const agencyWeight = Math.max(...list.map((k) => k.agencyWeight));
    // "IndiaPost" and "India Post" are one candidate; it takes the name of its strongest own clue.
    const key = compact(main.name);
    let c = out.get(key);
    if (!c) out.set(key, (c = { name: main.name, outlet: main.outlet, weight: 0, agencyWeight: 0, clues: [], nameWeight: 0 }));
    if (main.outlet && !c.outlet) {
      // A known outlet keeps its canonical name whatever other forms of it the page used.
      c.outlet = main.outlet;
      c.name = main.outlet.name;
      c.nameWeight = Infinity;
    } else if (!main.corporate && nameRank(main) > c.nameWeight) {
      c.name = main.name;
      c.nameWeight = nameRank(main);
    }
    let w = main.weight;
    if (main.role === 'page furniture' || main.role === 'masthead' || main.role === 'mention') {
      const used = furniture.get(key) ?? 0;
      w = Math.max(0, Math.min(w, MAX_FURNITURE - used));
      furniture.set(key, used + w);
    }
    c.weight += w;
    c.agencyWeight += agencyWeight;
    c.clues.push(...list);
  }
  return out;
}

/** How good a clue's name is as the candidate's name: the site's name as the page spells it beats a
 * bare host ("Harbour Post" over harbourpost.net), then the stronger clue wins. */
function nameRank(clue: Clue): number {
  const host = clue.role === 'own address' || clue.role === 'site domain';
  return clue.weight + (host ? 0 : 100);
}

/** A key under which forms of one name meet: "India Post" = "IndiaPost", "MoreBikes" = "morebikes.co.uk". */
function compact(name: string): string {
  const host = /^(?:www\.)?([\p{L}\p{N}-]+)(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}$/u.exec(name.toLowerCase());
  const base = host ? host[1]! : name.toLowerCase();
  return base.replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** The first label of a host that names the site: "ctpost" for www.ctpost.com. */
function hostLabel(host: string): string {
  const labels = host.split('.');
  return labels.length > 2 && /^(?:blog|en|news|m|amp|edition)$/.test(labels[0]!) ? labels[1]! : labels[0]!;
}

/** A page's own address names a site not in the list: give its weight to the name the page uses for
 * the same site ("CT Post" for ctpost.com), or use the host itself. */
function attachOwnAddress(candidates: Map<string, Candidate>): void {
  for (const [key, host] of candidates) {
    if (host.outlet || !host.clues.every((k) => k.role === 'own address')) continue;
    const label = compact(hostLabel(host.name));
    let match: Candidate | null = null;
    for (const c of candidates.values()) {
      if (c === host || c.outlet) continue;
      const n = compact(c.name);
      if (n.length >= 3 && (label.startsWith(n) || n.startsWith(label)) && Math.min(n.length, label.length) >= 0.6 * Math.max(n.length, label.length)) {
        if (!match || c.weight > match.weight) match = c;
      }
    }
    if (match) {
      match.weight += host.weight + 1;
      match.clues.push(...host.clues);
      candidates.delete(key);
    }
  }
}

/** A site name read from the page needs a second line saying it, unless it is the copyright holder. */
function corroborate(c: Candidate, layout: PageLayout): void {
  if (c.outlet || c.weight <= 0) return;
  // A name repeated in menus is no site name unless the site also speaks of itself by it.
  if (!c.clues.some((k) => k.weight > 0 && SPEAKING_ROLES.has(k.role) && !k.corporate)) {
    c.weight = 0;
    return;
  }
  const used = new Set(c.clues.map((k) => k.line));
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  let extra = 0;
  for (const line of layout.lines) {
    if (extra >= MAX_CORROBORATION) break;
    // Bylines repeat an author's name down a page; they say nothing of the site's.
    if (line.prose || used.has(line.index) || !line.text.includes(c.name) || BYLINE_WORD.test(line.text)) continue;
    if (c.name.length < 0.6 * line.text.length && line.words > 3) continue;
    if (word.test(line.text)) {
      extra += CORROBORATION;
      used.add(line.index);
      c.clues.push({ outlet: null, name: c.name, role: 'page furniture', weight: CORROBORATION, agencyWeight: 0, line: line.index, snippet: line.text.slice(0, 100) });
    }
  }
  c.weight += extra;
  const positive = c.clues.filter((k) => k.weight > 0);
  const lines = new Set(positive.map((k) => k.line)).size;
  const holder = positive.some((k) => k.standalone);
  if (lines < 2 && !holder && !brandLike(c.name)) c.weight = 0;
}

export function describe(clues: Clue[], by: (c: Clue) => number): string {
  const seen = new Set<number>();
  const parts: string[] = [];
  for (const clue of [...clues].sort((a, b) => by(b) - by(a))) {
    if (by(clue) <= 0 || seen.has(clue.line)) continue;
    seen.add(clue.line);
    parts.push(`${clue.role}: “${clue.snippet}”`);
    if (parts.length === 3) break;
  }
  return parts.join('; ');
}

export function best(candidates: Candidate[], by: (c: Candidate) => number): Candidate | null {
  let top: Candidate | null = null;
  for (const c of candidates) if (by(c) > 0 && (!top || by(c) > by(top))) top = c;
  return top;
}

/** Every outlet the page gives evidence for or against, strongest first, with its clues. */
export function rankCandidates({ document, article }: ExtractInput, address?: string): { candidates: Candidate[]; layout: PageLayout } {
  const layout = layoutPage(document, article);
  const clues = collectClues(layout, outletIndex, article.title);
  // The article's address, when front matter gives one, is the page's own.
  const host = address ? /^[a-z]+:\/\/(?:www\d?\.)?([^/?#:]+)/i.exec(address)?.[1]?.toLowerCase() : undefined;
  if (host) clues.push({ outlet: outletIndex.domainOutlet(host), name: outletIndex.domainOutlet(host)?.name ?? host, role: 'own address', weight: 5, agencyWeight: 0, line: -1, snippet: address!, standalone: true });
  const tallied = tally(clues);
  attachOwnAddress(tallied);
  const candidates = [...tallied.values()];
  for (const c of candidates) corroborate(c, layout);
  return { candidates: candidates.sort((a, b) => b.weight - a.weight), layout };
}


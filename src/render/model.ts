// The view model of the whole site: everything the templates print, computed once from the archive.
// Templates only present these records; every choice (order, grouping, links, escaping of markup) is here.
import { recordsChunks } from '../resolve/records.ts';
import type { Archive, ArticleRecord, EntityKind, EntityRecord, SourceRecord } from '../types.ts';
import { azGroups, type LetterGroup } from './alphabet.ts';
import { MentionLinker, type MentionTarget } from './body.ts';
import { dateKey, dateView, monthTitle, timestamp, type DateView } from './dates.ts';
import { compact, jsonLdScript } from './jsonld.ts';
import { companionsByGroup, relatedArticles } from './related.ts';

export interface SiteOptions {
  /** The absolute address the site will be published at, for feeds, sitemaps and JSON-LD. */
  siteUrl: string;
  title: string;
}

export interface Link {
  name: string;
  url: string;
}

export interface CountedLink extends Link {
  count: number;
}

/** An article as it appears in lists. One object per article, shared by every list it is in. */
export interface ArticleSummary {
  id: string;
  url: string;
  title: string;
  date: DateView | null;
  source: Link | null;
}

export interface QuoteView {
  text: string;
  speaker: Link | null;
}

export interface ArticlePage extends ArticleSummary {
  /** First words of the body, for the page's description. */
  description: string;
  agency: string | null;
  author: string | null;
  /** The original address, only when it is an http(s) URL. */
  originalUrl: string | null;
  paragraphs: { heading: boolean; html: string }[];
  quotes: QuoteView[];
  people: Link[];
  organisations: Link[];
  tags: string[];
  related: ArticleSummary[];
  previous: ArticleSummary | null;
  next: ArticleSummary | null;
  /** Pagefind filters (values made by `facetValue`) and sort key. */
  search: { source: string | null; people: string[]; organisations: string[]; year: string | null; sort: string | null };
  jsonLd: string;
}

export interface Sighting {
  date: DateView;
  article: ArticleSummary;
}

export interface EntityPage {
  kind: EntityKind;
  id: string;
  name: string;
  url: string;
  /** Other names the archive knows it by. */
  aliases: string[];
  /** Newest first; undated last. */
  articles: ArticleSummary[];
  quotes: { text: string; article: ArticleSummary }[];
  companions: { people: CountedLink[]; organisations: CountedLink[] };
  firstSeen: Sighting | null;
  lastSeen: Sighting | null;
  jsonLd: string;
}

export interface SourcePage {
  id: string;
  name: string;
  url: string;
  articles: ArticleSummary[];
  firstSeen: Sighting | null;
  lastSeen: Sighting | null;
  people: CountedLink[];
  organisations: CountedLink[];
  jsonLd: string;
}

export interface MonthEntry {
  month: string;
  title: string;
  url: string;
  count: number;
}

export interface YearPage {
  year: string;
  url: string;
  count: number;
  months: MonthEntry[];
  /** Articles known only to the year. */
  yearOnly: ArticleSummary[];
  previous: Link | null;
  next: Link | null;
}

export interface MonthPage {
  year: string;
  month: string;
  title: string;
  url: string;
  yearUrl: string;
  articles: ArticleSummary[];
  previous: Link | null;
  next: Link | null;
}

export interface QuoteItem extends QuoteView {
  article: ArticleSummary;
}

export interface QuotePage {
  number: number;
  url: string;
  total: number;
  quotes: QuoteItem[];
  previous: string | null;
  next: string | null;
}

export interface IndexPage {
  title: string;
  url: string;
  total: number;
  /** Every letter and where its names are: a heading on this page, or a page of its own. */
  letters: { letter: string; url: string; count: number }[];
  /** The names, by letter; empty when the index is too long for one page and each letter has a page. */
  groups: LetterGroup[];
  /** With pages per letter: the most named, shown on the index page itself. */
  top: CountedLink[];
}

/** One letter of a long A–Z index. */
export interface LetterPage {
  title: string;
  url: string;
  section: string;
  index: IndexPage;
  group: LetterGroup;
}

export interface FeedEntry {
  id: string;
  title: string;
  updated: string;
  summary: string;
  source: string | null;
}

export interface SiteModel {
  title: string;
  siteUrl: string;
  home: {
    counts: { articles: number; people: number; organisations: number; sources: number; quotes: number };
    latest: ArticleSummary[];
    people: CountedLink[];
    organisations: CountedLink[];
    sources: CountedLink[];
    years: CountedLink[];
    span: { first: DateView; last: DateView } | null;
  };
  articles: ArticlePage[];
  people: EntityPage[];
  organisations: EntityPage[];
  sources: SourcePage[];
  dates: { years: YearPage[]; undated: ArticleSummary[] };
  years: YearPage[];
  months: MonthPage[];
  quotePages: QuotePage[];
  indexes: { people: IndexPage; organisations: IndexPage; sources: IndexPage };
  letterPages: LetterPage[];
  feed: { id: string; url: string; updated: string; entries: FeedEntry[] };
  /**
   * Absolute addresses of every page, for sitemap.xml. A sitemap holds at most 50,000 addresses: past
   * that, sitemap.xml becomes an index of `parts`, each written to its own file.
   */
  sitemap: { urls: string[]; parts: { url: string; path: string; urls: string[] }[] };
  /** The archive itself, as data/records.json, a piece at a time; made when that file is written, not held all along. */
  records(): Iterable<string>;
}

/** Tunables of the model; the defaults suit archives from a handful to tens of thousands of articles. */
export const LIMITS = {
  related: 5,
  relatedMaxPostings: 200,
  companions: 8,
  homeLatest: 12,
  homeTop: 10,
  quotesPerPage: 100,
  feedEntries: 50,
  descriptionLength: 200,
  sitemapSize: 50_000,
  /** Past this many names, an A–Z index gets a page per letter. */
  indexPageSize: 1500,
  indexTop: 50,
};

const FOLDERS: Record<EntityKind, string> = { person: 'people', organisation: 'organisations' };

/** The site-relative address of a page; ids are slugs already, encoding only guards against surprises. */
export function pagePath(folder: string, id: string): string {
  if (!id || id === '.' || id === '..') throw new Error(`Unusable page id: ${JSON.stringify(id)}`);
  return `/${folder}/${encodeURIComponent(id)}/`;
}

export function buildSiteModel(archive: Archive, options: SiteOptions): SiteModel {
  const siteUrl = options.siteUrl.replace(/\/+$/, '');
  const absolute = (path: string) => siteUrl + path;
  const records = archive.articles;

  // ---- links to every entity and source, by id
  const personLinks = linkTable(archive.people, 'people');
  const orgLinks = linkTable(archive.organisations, 'organisations');
  const sourceLinks = linkTable(archive.sources, 'sources');
  const entityLink = (kind: EntityKind, id: string) => (kind === 'person' ? personLinks : orgLinks).get(id) ?? null;

  // ---- one summary per article
  const dates = records.map((a) => dateView(a.date));
  const summaries: ArticleSummary[] = records.map((a, i) => ({
    id: a.id,
    url: pagePath('articles', a.id),
    title: a.title,
    date: dates[i] ?? null,
    source: a.source ? (sourceLinks.get(a.source.id) ?? { name: a.source.name, url: pagePath('sources', a.source.id) }) : null,
  }));
  const indexOf = new Map(records.map((a, i) => [a.id, i]));
  const summariesOf = (ids: readonly string[]) => ids.flatMap((id) => (indexOf.has(id) ? [summaries[indexOf.get(id)!]!] : []));

  // ---- time order: oldest first; undated articles have no place in it
  const chronological = records
    .map((_, i) => i)
    .filter((i) => dates[i])
    .sort((a, b) => compareKeys(dateKey(dates[a]!), dateKey(dates[b]!)) || compareKeys(summaries[a]!.title, summaries[b]!.title) || a - b);
  const position = new Map(chronological.map((article, pos) => [article, pos]));
  const newestFirst = (list: ArticleSummary[]) =>
    [...list].sort((a, b) => compareKeys(dateKey(b.date), dateKey(a.date)) || compareKeys(a.title, b.title));

  // ---- related articles, through the entities articles share
  const entityKeys = records.map((a) => [...a.people.map((p) => `person:${p.id}`), ...a.organisations.map((o) => `organisation:${o.id}`)]);
  const related = relatedArticles(entityKeys, {
    limit: LIMITS.related,
    maxPostings: LIMITS.relatedMaxPostings,
    tieBreak: (article, candidate) => Math.abs((position.get(candidate) ?? Infinity) - (position.get(article) ?? 0)) || 0,
  });

  // ---- every form each entity goes by, for linking mentions in bodies
  const forms = new Map<string, MentionTarget>();
  for (const [kind, list] of [['person', archive.people], ['organisation', archive.organisations]] as const) {
    for (const e of list) forms.set(`${kind}:${e.id}`, { kind, url: pagePath(FOLDERS[kind], e.id), forms: [e.name, ...e.aliases] });
  }

  // ---- quotes, in article order, and by speaker
  const quotesBySpeaker = new Map<string, { text: string; article: ArticleSummary }[]>();
  const allQuotes: QuoteItem[] = [];
  records.forEach((a, i) => {
    for (const q of a.quotes) {
      const speaker = q.speaker ? entityLink(q.speaker.type, q.speaker.id) : null;
      allQuotes.push({ text: quoteText(q.text), speaker, article: summaries[i]! });
      if (q.speaker) {
        const key = `${q.speaker.type}:${q.speaker.id}`;
        const list = quotesBySpeaker.get(key) ?? [];
        list.push({ text: quoteText(q.text), article: summaries[i]! });
        quotesBySpeaker.set(key, list);
      }
    }
  });

  // ---- article pages
  const articles = records.map((a, i): ArticlePage => {
    const summary = summaries[i]!;
    const linker = new MentionLinker(entityKeys[i]!.flatMap((key) => (forms.has(key) ? [forms.get(key)!] : [])));
    const pos = position.get(i);
    const people = a.people.map((p) => personLinks.get(p.id) ?? { name: p.name, url: pagePath('people', p.id) });
    const organisations = a.organisations.map((o) => orgLinks.get(o.id) ?? { name: o.name, url: pagePath('organisations', o.id) });
    const originalUrl = webAddress(a.originalUrl);
    const description = describe(a);
    return {
      ...summary,
      description,
      agency: a.source?.agency ?? null,
      author: a.author ?? null,
      originalUrl,
      paragraphs: paragraphsOf(a).map((p) => ({ heading: p.kind === 'heading', html: linker.link(p.text) })),
      quotes: a.quotes.map((q) => ({ text: quoteText(q.text), speaker: q.speaker ? entityLink(q.speaker.type, q.speaker.id) : null })),
      people,
      organisations,
      tags: a.tags ?? [],
      related: related[i]!.map((r) => summaries[r]!),
      previous: pos !== undefined && pos > 0 ? summaries[chronological[pos - 1]!]! : null,
      next: pos !== undefined && pos < chronological.length - 1 ? summaries[chronological[pos + 1]!]! : null,
      search: {
        source: summary.source ? facetValue(summary.source.name) : null,
        people: people.map((p) => facetValue(p.name)),
        organisations: organisations.map((o) => facetValue(o.name)),
        year: summary.date?.year ?? null,
        sort: summary.date ? dateKey(summary.date) : null,
      },
      jsonLd: jsonLdScript(
        compact({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: a.title,
          url: absolute(summary.url),
          datePublished: summary.date?.iso,
          author: a.author ? { '@type': 'Person', name: a.author } : undefined,
          publisher: summary.source ? { '@type': 'Organization', name: summary.source.name, url: absolute(summary.source.url) } : undefined,
          isBasedOn: originalUrl ?? undefined,
          mentions: [
            ...people.map((p) => ({ '@type': 'Person', name: p.name, url: absolute(p.url) })),
            ...organisations.map((o) => ({ '@type': 'Organization', name: o.name, url: absolute(o.url) })),
          ],
          keywords: a.tags?.length ? a.tags.join(', ') : undefined,
          // The body is on the page and in records.json; repeating it here would double every page.
          description,
        }),
      ),
    };
  });

  // ---- who is seen when
  const sightings = (list: ArticleSummary[]): { firstSeen: Sighting | null; lastSeen: Sighting | null } => {
    const dated = list.filter((s) => s.date).sort((a, b) => compareKeys(dateKey(a.date), dateKey(b.date)));
    const first = dated[0];
    const last = dated[dated.length - 1];
    return {
      firstSeen: first ? { date: first.date!, article: first } : null,
      lastSeen: last ? { date: last.date!, article: last } : null,
    };
  };
  /** Entity key ("person:<id>") → link. */
  const linkByKey = new Map<string, Link>();
  for (const [id, link] of personLinks) linkByKey.set(`person:${id}`, link);
  for (const [id, link] of orgLinks) linkByKey.set(`organisation:${id}`, link);
  const kindOf = (key: string): EntityKind | null => (key.startsWith('person:') ? 'person' : key.startsWith('organisation:') ? 'organisation' : null);
  /** The people and the organisations most often named alongside, as links with the number of shared articles. */
  const alongside = (key: string, ids: readonly string[]): { people: CountedLink[]; organisations: CountedLink[] } => {
    const articleIndexes = ids.flatMap((id) => (indexOf.has(id) ? [indexOf.get(id)!] : []));
    const groups = companionsByGroup(key, articleIndexes, entityKeys, kindOf, LIMITS.companions);
    const links = (kind: EntityKind): CountedLink[] => {
      const counted: CountedLink[] = [];
      for (const { key, count } of groups.get(kind) ?? []) {
        const link = linkByKey.get(key);
        if (link) counted.push({ name: link.name, url: link.url, count });
      }
      return counted;
    };
    return { people: links('person'), organisations: links('organisation') };
  };

  const entityPages = (kind: EntityKind, list: EntityRecord[]): EntityPage[] =>
    list.map((e) => {
      const key = `${kind}:${e.id}`;
      const url = pagePath(FOLDERS[kind], e.id);
      const mine = summariesOf(e.articles);
      const aliases = [...new Set(e.aliases)].filter((alias) => alias !== e.name);
      return {
        kind,
        id: e.id,
        name: e.name,
        url,
        aliases,
        articles: newestFirst(mine),
        quotes: newestFirstBy(quotesBySpeaker.get(key) ?? [], (q) => q.article),
        companions: alongside(key, e.articles),
        ...sightings(mine),
        jsonLd: jsonLdScript(
          compact({
            '@context': 'https://schema.org',
            '@type': kind === 'person' ? 'Person' : 'Organization',
            name: e.name,
            alternateName: aliases,
            url: absolute(url),
            subjectOf: mine.slice(0, 20).map((s) => ({ '@type': 'NewsArticle', headline: s.title, url: absolute(s.url) })),
          }),
        ),
      };
    });
  const people = entityPages('person', archive.people);
  const organisations = entityPages('organisation', archive.organisations);

  const sources = archive.sources.map((s): SourcePage => {
    const url = pagePath('sources', s.id);
    const mine = summariesOf(s.articles);
    return {
      id: s.id,
      name: s.name,
      url,
      articles: newestFirst(mine),
      ...sightings(mine),
      ...alongside('', s.articles),
      jsonLd: jsonLdScript(compact({ '@context': 'https://schema.org', '@type': 'NewsMediaOrganization', name: s.name, url: absolute(url) })),
    };
  });

  // ---- the year → month archive
  const { years, months, undated } = dateArchive(summaries);

  // ---- quotes, newest first, in pages
  const orderedQuotes = newestFirstBy(allQuotes, (q) => q.article);
  const quotePages = paginate(orderedQuotes, LIMITS.quotesPerPage, (n) => (n === 1 ? '/quotes/' : `/quotes/${n}/`)).map(
    ({ items, ...page }) => ({ ...page, quotes: items }),
  );

  // ---- A–Z indexes
  const countedLinks = (list: (EntityRecord | SourceRecord)[], folder: string): CountedLink[] =>
    list.map((e) => ({ name: e.name, url: pagePath(folder, e.id), count: e.articles.length }));
  const peopleCounts = countedLinks(archive.people, 'people');
  const orgCounts = countedLinks(archive.organisations, 'organisations');
  const sourceCounts = countedLinks(archive.sources, 'sources');
  const mostFirst = (list: CountedLink[], limit: number) => [...list].sort((a, b) => b.count - a.count || compareKeys(a.name, b.name)).slice(0, limit);
  const letterPages: LetterPage[] = [];
  const indexPage = (title: string, folder: string, entries: CountedLink[]): IndexPage => {
    const url = `/${folder}/`;
    const groups = azGroups(entries);
    if (entries.length <= LIMITS.indexPageSize) {
      return { title, url, total: entries.length, letters: groups.map((g) => ({ letter: g.letter, url: `#${g.anchor}`, count: g.entries.length })), groups, top: [] };
    }
    // Too long for one page: a page per letter, one level below any entity page (/people/<id>/), so never in its way.
    const letterUrl = (g: LetterGroup) => `/${folder}/letters/${g.anchor}/`;
    const index: IndexPage = {
      title,
      url,
      total: entries.length,
      letters: groups.map((g) => ({ letter: g.letter, url: letterUrl(g), count: g.entries.length })),
      groups: [],
      top: mostFirst(entries, LIMITS.indexTop),
    };
    for (const group of groups) letterPages.push({ title: `${title}: ${group.letter}`, url: letterUrl(group), section: folder, index, group });
    return index;
  };

  // ---- feed: newest dated articles
  const newest = [...chronological].reverse().map((i) => articles[i]!);
  const feedEntries = newest.slice(0, LIMITS.feedEntries).map(
    (a): FeedEntry => ({ id: absolute(a.url), title: a.title, updated: timestamp(a.date!), summary: a.description, source: a.source?.name ?? null }),
  );

  const firstDated = chronological[0];
  const lastDated = chronological[chronological.length - 1];
  const model: SiteModel = {
    title: options.title,
    siteUrl,
    home: {
      counts: {
        articles: records.length,
        people: archive.people.length,
        organisations: archive.organisations.length,
        sources: archive.sources.length,
        quotes: allQuotes.length,
      },
      latest: newest.slice(0, LIMITS.homeLatest).map((a) => summaries[indexOf.get(a.id)!]!),
      people: mostFirst(peopleCounts, LIMITS.homeTop),
      organisations: mostFirst(orgCounts, LIMITS.homeTop),
      sources: mostFirst(sourceCounts, LIMITS.homeTop),
      years: years.map((y) => ({ name: y.year, url: y.url, count: y.count })),
      span: firstDated !== undefined && lastDated !== undefined ? { first: dates[firstDated]!, last: dates[lastDated]! } : null,
    },
    articles,
    people,
    organisations,
    sources,
    dates: { years, undated },
    years,
    months,
    quotePages,
    indexes: {
      people: indexPage('People', 'people', peopleCounts),
      organisations: indexPage('Organisations', 'organisations', orgCounts),
      sources: indexPage('Sources', 'sources', sourceCounts),
    },
    letterPages,
    feed: { id: absolute('/feed.xml'), url: absolute('/feed.xml'), updated: feedEntries[0]?.updated ?? '1970-01-01T00:00:00Z', entries: feedEntries },
    sitemap: { urls: [], parts: [] },
    records: () => recordsChunks(archive),
  };
  const urls = pageUrls(model).map(absolute);
  model.sitemap =
    urls.length <= LIMITS.sitemapSize
      ? { urls, parts: [] }
      : { urls: [], parts: paginate(urls, LIMITS.sitemapSize, (n) => `/sitemaps/${n}.xml`).map((p) => ({ url: absolute(p.url), path: p.url, urls: p.items })) };
  return model;
}

/**
 * The page collections with one page per item (an article, a person, a year, a page of quotes or of an
 * A–Z index): most of the site. Each such page prints only its own object and the site's title.
 */
export const ITEM_PAGES = ['articles', 'people', 'organisations', 'sources', 'years', 'months', 'quotePages', 'letterPages'] as const;
export type ItemPages = (typeof ITEM_PAGES)[number];

/** The model with, of its item pages, only those whose address `keep` accepts; everything else as it is. */
export function withItemPages(model: SiteModel, keep: (url: string) => boolean): SiteModel {
  const kept: Partial<Pick<SiteModel, ItemPages>> = {};
  for (const collection of ITEM_PAGES) {
    (kept as Record<ItemPages, unknown[]>)[collection] = (model[collection] as ReadonlyArray<{ url: string }>).filter((page) => keep(page.url));
  }
  return Object.freeze({ ...model, ...kept }) as SiteModel;
}

/** Every HTML page the site will have, site-relative, in a stable order. */
export function pageUrls(model: SiteModel): string[] {
  return [
    '/',
    '/search/',
    '/dates/',
    '/people/',
    '/organisations/',
    '/sources/',
    ...model.quotePages.map((p) => p.url),
    ...model.letterPages.map((p) => p.url),
    ...model.years.map((y) => y.url),
    ...model.months.map((m) => m.url),
    ...model.articles.map((a) => a.url),
    ...model.people.map((p) => p.url),
    ...model.organisations.map((o) => o.url),
    ...model.sources.map((s) => s.url),
  ];
}

/**
 * A name as a search facet value. Pagefind's UI inserts facet values as HTML, and Pagefind decodes
 * character references in them (attribute values twice), so escaping cannot protect them. Instead no
 * value holds `<` or `>` (look-alikes stand in), nor an `&` that could start a reference (a zero-width
 * space follows it): whatever is decoded, no tag can appear. Names look the same.
 */
export function facetValue(name: string): string {
  return name.replace(/</g, '\u2039').replace(/>/g, '\u203a').replace(/&(?=[#\p{L}\p{N}])/gu, '&\u200b');
}

function linkTable(list: readonly { id: string; name: string }[], folder: string): Map<string, Link> {
  return new Map(list.map((e) => [e.id, { name: e.name, url: pagePath(folder, e.id) }]));
}

function paragraphsOf(a: ArticleRecord): { kind: 'paragraph' | 'heading'; text: string }[] {
  if (a.paragraphs?.length) return a.paragraphs;
  return a.body
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ kind: 'paragraph' as const, text }));
}

/** The first words of the body, cut at a word boundary. */
function describe(a: ArticleRecord): string {
  const text = (paragraphsOf(a).find((p) => p.kind === 'paragraph')?.text ?? a.body).replace(/\s+/g, ' ').trim();
  if (text.length <= LIMITS.descriptionLength) return text;
  const cut = text.slice(0, LIMITS.descriptionLength);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** A quote as set apart: the comma or colon that led back into the sentence is dropped. */
function quoteText(text: string): string {
  return text.trim().replace(/\s*[,;:]$/, '');
}

/** Only http(s) addresses become links; anything else (javascript:, data:) is dropped. */
function webAddress(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function newestFirstBy<T>(list: T[], summary: (item: T) => ArticleSummary): T[] {
  return list
    .map((item, i) => ({ item, i, key: dateKey(summary(item).date) }))
    .sort((a, b) => compareKeys(b.key, a.key) || a.i - b.i)
    .map((x) => x.item);
}

function paginate<T>(items: T[], size: number, url: (n: number) => string): { number: number; url: string; total: number; items: T[]; previous: string | null; next: string | null }[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    url: url(i + 1),
    total,
    items: items.slice(i * size, (i + 1) * size),
    previous: i > 0 ? url(i) : null,
    next: i < total - 1 ? url(i + 2) : null,
  }));
}

function dateArchive(summaries: ArticleSummary[]): { years: YearPage[]; months: MonthPage[]; undated: ArticleSummary[] } {
  const byYear = new Map<string, { months: Map<string, ArticleSummary[]>; yearOnly: ArticleSummary[]; count: number }>();
  const undated: ArticleSummary[] = [];
  for (const s of summaries) {
    if (!s.date) {
      undated.push(s);
      continue;
    }
    const y = byYear.get(s.date.year) ?? { months: new Map<string, ArticleSummary[]>(), yearOnly: [] as ArticleSummary[], count: 0 };
    byYear.set(s.date.year, y);
    y.count++;
    if (s.date.month) {
      const list = y.months.get(s.date.month) ?? [];
      list.push(s);
      y.months.set(s.date.month, list);
    } else y.yearOnly.push(s);
  }
  const byDateThenTitle = (a: ArticleSummary, b: ArticleSummary) => compareKeys(dateKey(a.date), dateKey(b.date)) || compareKeys(a.title, b.title);
  const months: MonthPage[] = [];
  const years = [...byYear.keys()].sort().map((year): YearPage => {
    const y = byYear.get(year)!;
    const url = `/dates/${year}/`;
    const monthEntries = [...y.months.keys()].sort().map((month): MonthEntry => {
      const page: MonthPage = {
        year,
        month,
        title: `${monthTitle(month)} ${year}`,
        url: `/dates/${year}/${month}/`,
        yearUrl: url,
        articles: y.months.get(month)!.sort(byDateThenTitle),
        previous: null,
        next: null,
      };
      months.push(page);
      return { month, title: monthTitle(month), url: page.url, count: page.articles.length };
    });
    return { year, url, count: y.count, months: monthEntries, yearOnly: y.yearOnly.sort(byDateThenTitle), previous: null, next: null };
  });
  years.forEach((y, i) => {
    y.previous = i > 0 ? { name: years[i - 1]!.year, url: years[i - 1]!.url } : null;
    y.next = i < years.length - 1 ? { name: years[i + 1]!.year, url: years[i + 1]!.url } : null;
  });
  months.forEach((m, i) => {
    m.previous = i > 0 ? { name: months[i - 1]!.title, url: months[i - 1]!.url } : null;
    m.next = i < months.length - 1 ? { name: months[i + 1]!.title, url: months[i + 1]!.url } : null;
  });
  return { years: years.reverse(), months, undated: undated.sort((a, b) => compareKeys(a.title, b.title)) };
}

// The records that flow between the pipeline stages: ingest → clean → extract → resolve → render → index.
// Every stage reads its input and writes its output in these shapes, and nothing else.

export type DatePrecision = 'day' | 'month' | 'year';

/** Front-matter keys the build understands, after validation (unknown keys are dropped). */
export interface FrontMatter {
  title?: string;
  source?: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, already validated. */
  date?: string;
  url?: string;
  author?: string;
  people?: string[];
  organisations?: string[];
  tags?: string[];
  slug?: string;
}

// ---------- ingest ----------

/** One seed file as read from disk, before anything is decoded. */
export interface SeedFile {
  /** Path relative to the seeds folder, with `/` separators. */
  file: string;
  bytes: Uint8Array;
}

/** A seed that was decoded and split into front matter and text. */
export interface SeedDocument {
  file: string;
  /** sha256 of the file's bytes, hex. */
  hash: string;
  format: 'text' | 'markdown';
  /** The encoding the bytes were read as: utf-8, utf-16le, utf-16be or latin1. */
  encoding: string;
  frontMatter: FrontMatter;
  /** The decoded, repaired text after the front matter, with `\n` line endings. */
  text: string;
  /** Repairs made while decoding, e.g. `mojibake cp852`, `escaped quotation marks`. */
  repairs: string[];
  /** Problems that did not stop the seed, e.g. an impossible front-matter date. */
  warnings: string[];
}

/** A seed that could not be used, with one line saying why. */
export interface SeedProblem {
  file: string;
  problem: string;
}

export type IngestResult = { ok: true; document: SeedDocument } | { ok: false; problem: SeedProblem };

// ---------- clean ----------

export interface Paragraph {
  text: string;
  kind: 'paragraph' | 'heading';
}

export type TitleOrigin = 'front-matter' | 'headline' | 'lede';

export interface CleanArticle {
  title: string;
  titleOrigin: TitleOrigin;
  /** The article body, in reading order. */
  paragraphs: Paragraph[];
  /** Lines of the text judged not to be the article (navigation, captions, promos, footers).
   * Kept because they carry evidence of the outlet and the date. */
  boilerplate: string[];
}

// ---------- extract ----------

export type EntityKind = 'person' | 'organisation';

/** A person or organisation named in one article, under the fullest form the article uses. */
export interface ExtractedEntity {
  kind: EntityKind;
  name: string;
  /** Every form the article uses for it, `name` included (surnames, acronyms, variants). */
  forms: string[];
  /** Named so by the seed's front matter or by a list of full names (a party's): the name wins across
   *  the archive too, and is never taken for the short form of a longer name. */
  given?: boolean;
}

export interface ExtractedQuote {
  /** The quoted words, without their quotation marks. */
  text: string;
  /** The speaker as named by `ExtractedEntity.name` of the same article, or null when unattributed. */
  speaker: { name: string; kind: EntityKind } | null;
  /** Index of the paragraph the quote starts in. */
  paragraph: number;
}

export interface SourceGuess {
  /** Canonical outlet name. */
  name: string;
  /** A news agency whose story the outlet carried, when the text says so. */
  agency?: string;
  origin: 'front-matter' | 'text';
  /** The words in the text the guess rests on. */
  evidence: string;
}

export interface DateGuess {
  /** YYYY-MM-DD, YYYY-MM or YYYY, as the precision says. */
  value: string;
  precision: DatePrecision;
  origin: 'front-matter' | 'text';
  evidence: string;
}

/** Everything known about one seed before the archive is resolved: the unit that is cached per seed. */
export interface ArticleDraft {
  file: string;
  hash: string;
  title: string;
  titleOrigin: TitleOrigin;
  /** A slug asked for in front matter, if any (sanitised later). */
  slug?: string;
  /** The article's original address, from front matter. */
  url?: string;
  author?: string;
  tags: string[];
  source: SourceGuess | null;
  date: DateGuess | null;
  paragraphs: Paragraph[];
  people: ExtractedEntity[];
  organisations: ExtractedEntity[];
  quotes: ExtractedQuote[];
  warnings: string[];
}

// ---------- resolve: the records of the whole archive (records.json) ----------

export interface EntityRef {
  id: string;
  name: string;
}

export interface QuoteRecord {
  text: string;
  speaker: (EntityRef & { type: EntityKind }) | null;
}

export interface ArticleRecord {
  id: string;
  /** The article's page, site-relative: /articles/<id>/ */
  url: string;
  /** Path of the seed, relative to the seeds folder. */
  file: string;
  title: string;
  titleOrigin: TitleOrigin;
  source: (EntityRef & { agency?: string; origin: 'front-matter' | 'text'; evidence: string }) | null;
  date: DateGuess | null;
  /** The cleaned body, paragraphs separated by a blank line. */
  body: string;
  paragraphs: Paragraph[];
  people: EntityRef[];
  organisations: EntityRef[];
  quotes: QuoteRecord[];
  /** The original address of the article, from front matter. */
  originalUrl?: string;
  author?: string;
  tags: string[];
}

export interface EntityRecord {
  id: string;
  name: string;
  aliases: string[];
  url: string;
  articles: string[];
}

export interface SourceRecord {
  id: string;
  name: string;
  url: string;
  articles: string[];
}

export interface Archive {
  articles: ArticleRecord[];
  people: EntityRecord[];
  organisations: EntityRecord[];
  sources: SourceRecord[];
}

// Stopword lists per language (from stopwords-iso), and a guess of which one a text is written in.
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

const lists = stopwordsIso as unknown as Record<string, string[]>;

export interface StopwordSet {
  language: string;
  /** Share of the sampled words that the list covers: low for scripts without spaces or unknown languages. */
  coverage: number;
  has(word: string): boolean;
}

// Only the words themselves: stopwords-iso also lists punctuation and digits for some languages.
const sets = new Map<string, Set<string>>();
for (const [language, words] of Object.entries(lists)) {
  sets.set(language, new Set(words.filter((w) => /\p{L}/u.test(w)).map((w) => w.toLowerCase())));
}
const languages = [...sets.keys()];
// Each word to the languages whose lists hold it, so that a guess looks every sampled word up once.
const languagesOf = new Map<string, number[]>();
languages.forEach((language, k) => {
  for (const w of sets.get(language)!) {
    const list = languagesOf.get(w);
    if (list) list.push(k);
    else languagesOf.set(w, [k]);
  }
});

/** Words (lower-cased) sampled for the guess: enough to decide, few enough to stay cheap on huge pages. */
const SAMPLE = 4000;

/** Picks the stopword list that covers most of the given lower-cased words. */
export function stopwordsFor(words: readonly string[]): StopwordSet {
  const step = Math.max(1, Math.floor(words.length / SAMPLE));
  const sample: string[] = [];
  for (let i = 0; i < words.length && sample.length < SAMPLE; i += step) sample.push(words[i]!);
  const hits = new Array<number>(languages.length).fill(0);
  for (const w of sample) {
    const list = languagesOf.get(w);
    if (list) for (let j = 0; j < list.length; j++) hits[list[j]!]!++;
  }
  let best = 'en';
  let bestHits = -1;
  languages.forEach((language, k) => {
    // Ties go to English, the most common language of the archive.
    if (hits[k]! > bestHits || (hits[k] === bestHits && language === 'en')) {
      best = language;
      bestHits = hits[k]!;
    }
  });
  const set = sets.get(best) ?? new Set<string>();
  return { language: best, coverage: sample.length ? bestHits / sample.length : 0, has: (w) => set.has(w) };
}

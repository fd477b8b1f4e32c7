// A–Z indexes: names grouped under their first letter, accents folded, anything else under "#".

export interface IndexEntry {
  name: string;
  url: string;
  count: number;
}

export interface LetterGroup {
  letter: string;
  /** An id for the letter's heading, for the jump links. */
  anchor: string;
  entries: IndexEntry[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The letter a name is filed under: its first letter without accents, upper-case, or "#". */
export function fileLetter(name: string): string {
  const first = name.trim().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** Groups entries by letter, A to Z with "#" last, each group in alphabetical order. */
export function azGroups(entries: readonly IndexEntry[]): LetterGroup[] {
  const groups = new Map<string, IndexEntry[]>();
  for (const entry of entries) {
    const letter = fileLetter(entry.name);
    const list = groups.get(letter);
    if (list) list.push(entry);
    else groups.set(letter, [entry]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([letter, list]) => ({
      letter,
      anchor: letter === '#' ? 'other' : letter.toLowerCase(),
      entries: list.sort((a, b) => collator.compare(a.name, b.name)),
    }));
}

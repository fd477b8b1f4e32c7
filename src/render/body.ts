// An article's paragraphs as HTML, with the people and organisations it names linked where they are named.
// Text is escaped piece by piece and links are added between the pieces, so seed text never becomes markup.
import he from 'he';

/** Something a paragraph may mention: every form it goes by, and the page to link to. */
export interface MentionTarget {
  url: string;
  kind: 'person' | 'organisation';
  forms: readonly string[];
}

/** Forms shorter than this are too likely to be ordinary words or initials. */
const MIN_FORM_LENGTH = 2;

/** Escapes text for HTML content and attribute values (`&`, `<`, `>`, `"`, `'` and backtick). */
export function escapeHtml(text: string): string {
  return he.escape(text);
}

/** Finds the mentions of a set of targets in plain text. Build once per article, use for each paragraph. */
export class MentionLinker {
  readonly #byForm = new Map<string, MentionTarget>();

  constructor(targets: readonly MentionTarget[]) {
    const owners = new Map<string, Set<MentionTarget>>();
    for (const target of targets) {
      for (const raw of target.forms) {
        const form = raw.trim();
        if (form.length < MIN_FORM_LENGTH) continue;
        const set = owners.get(form) ?? new Set();
        set.add(target);
        owners.set(form, set);
      }
    }
    // A form shared by two targets of the same article (two people called Smith) says nothing: leave it plain.
    for (const [form, set] of owners) if (set.size === 1) this.#byForm.set(form, [...set][0]!);
  }

  /** The paragraph as safe HTML: escaped text, with an `<a>` around every mention. */
  link(text: string): string {
    // Plain string search per form (fast, no pattern to compile per article), whole words only;
    // where mentions overlap, the leftmost wins, then the longest.
    const found: { start: number; end: number; form: string }[] = [];
    for (const form of this.#byForm.keys()) {
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (!isWordChar(text, at - 1) && !isWordChar(text, end)) found.push({ start: at, end, form });
      }
    }
    if (!found.length) return escapeHtml(text);
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let html = '';
    let last = 0;
    for (const m of found) {
      if (m.start < last) continue;
      const target = this.#byForm.get(m.form)!;
      html += escapeHtml(text.slice(last, m.start));
      html += `<a class="mention ${target.kind}" href="${escapeHtml(target.url)}">${escapeHtml(m.form)}</a>`;
      last = m.end;
    }
    return html + escapeHtml(text.slice(last));
  }
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/** Whether the character at `index` (a whole code point, surrogates included) is part of a word. */
function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  // Plain ASCII decides most cases without a regular expression.
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  const start = code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

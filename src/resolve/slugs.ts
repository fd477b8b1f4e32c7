// URL-safe slugs that stay unique within one kind of page.
import slugify from '@sindresorhus/slugify';

const MAX_SLUG_LENGTH = 80;

/** A URL-safe slug for any text: lower-case ASCII letters, digits and single hyphens, never empty. */
export function toSlug(text: string, fallback = 'untitled'): string {
  let slug = slugify(text, { decamelize: false });
  if (slug.length > MAX_SLUG_LENGTH) {
    // cut at a word boundary so the slug stays readable
    const cut = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
    slug = slug.slice(0, cut > MAX_SLUG_LENGTH / 2 ? cut : MAX_SLUG_LENGTH).replace(/-+$/, '');
  }
  return slug || fallback;
}

/** Hands out slugs, adding -2, -3… when one is already taken. Call in a stable order for stable slugs. */
export class SlugRegistry {
  readonly #taken = new Set<string>();

  claim(text: string, fallback?: string): string {
    const base = toSlug(text, fallback);
    let slug = base;
    for (let n = 2; this.#taken.has(slug); n++) slug = `${base}-${n}`;
    this.#taken.add(slug);
    return slug;
  }
}

// schema.org JSON-LD, serialised so that it can sit inside a <script> element whatever the text says.

export type JsonLd = Record<string, unknown>;

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` become JSON escapes, so
 * no text (`</script>`, `<!--`) can end the element early; U+2028/2029 are escaped for old parsers.
 */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Drops keys whose value is undefined, null or an empty list, so the output says only what is known. */
export function compact(data: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(data).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)),
  );
}

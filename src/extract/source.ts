// Finds the outlet that published an article: front matter first, else evidence in the text.
// Page furniture (copyright, "Subscribe to X", mastheads, sign-offs, "told X") is weighed against
// outlets merely cited in the body; an agency's story carried by an outlet belongs to the outlet,
// with the agency recorded. No clear evidence gives null rather than a guess.
import type { SourceGuess } from '../types.ts';
import type { ExtractInput } from './input.ts';
import { expandAcronym } from './source/names.ts';
import { outletIndex } from './source/outlets.ts';
import { best, describe, rankCandidates } from './source/rank.ts';

/** Least total weight for a publisher read from the text. */
const MIN_PUBLISHER = 3;
/** Least total weight for an agency credit. */
const MIN_AGENCY = 3;

/** Reads the publishing outlet (and any agency it carries) from the page text. `address` is the
 * article's url from front matter, if any. */
export function sourceFromText(input: ExtractInput, address?: string): SourceGuess | null {
  const { candidates, layout } = rankCandidates(input, address);

  let publisher = best(candidates, (c) => c.weight);
  if (publisher?.outlet?.agency) {
    // An agency's story carried by another outlet: the outlet that shows it is the publisher.
    const carrier = best(
      candidates.filter((c) => !c.outlet?.agency),
      (c) => c.weight,
    );
    if (carrier && carrier.weight >= MIN_PUBLISHER) publisher = carrier;
  }
  const agency = best(
    candidates.filter((c) => c.outlet?.agency),
    (c) => c.agencyWeight,
  );
  const agencyOk = agency && agency.agencyWeight >= MIN_AGENCY ? agency : null;

  if (!publisher || publisher.weight < MIN_PUBLISHER) {
    if (!agencyOk) return null;
    // Only an agency's credit: the story is the agency's own.
    return { name: agencyOk.name, origin: 'text', evidence: describe(agencyOk.clues, (k) => k.agencyWeight) };
  }
  let name = publisher.name;
  if (!publisher.outlet) {
    const lines = layout.lines.map((l) => l.text);
    name = expandAcronym(name, lines) ?? name;
  }
  const guess: SourceGuess = { name, origin: 'text', evidence: describe(publisher.clues, (k) => k.weight) };
  if (agencyOk && agencyOk !== publisher) {
    guess.agency = agencyOk.name;
    guess.evidence += `; agency ${agencyOk.name}: ${describe(agencyOk.clues, (k) => k.agencyWeight)}`;
  }
  return guess;
}

/** The agency a text credits, to add to an outlet known from front matter. */
function agencyOf(text: SourceGuess | null, outlet: string): string | undefined {
  if (!text) return undefined;
  if (text.agency && text.agency !== outlet) return text.agency;
  if (!text.agency && text.name !== outlet && outletIndex.lookup(text.name)?.agency) return text.name;
  return undefined;
}

export function extractSource(input: ExtractInput): SourceGuess | null {
  const fm = input.document.frontMatter;
  const known = fm.source ? outletIndex.lookup(fm.source) : fm.url ? outletIndex.domainOutlet(fm.url) : null;
  if (fm.source || known) {
    const name = known?.name ?? fm.source!.trim();
    const guess: SourceGuess = { name, origin: 'front-matter', evidence: fm.source ? `front matter source: ${fm.source}` : `front matter url: ${fm.url}` };
    const agency = agencyOf(sourceFromText(input, fm.url), name);
    if (agency) guess.agency = agency;
    return guess;
  }
  return sourceFromText(input, fm.url);
}

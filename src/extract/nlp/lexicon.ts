// What the extractors know about single words: compromise's lexicon and head-word lists, plus the
// project's own word lists in ../data. Every lookup takes a lower-case, accent-folded key.
import { readFileSync } from 'node:fs';
import nlp from './compromise.ts';
import wordListPath from 'word-list';
import countriesData from '../data/countries.json' with { type: 'json' };
import outletsData from '../data/outlets.json' with { type: 'json' };
import worksData from '../data/works.json' with { type: 'json' };
import surnamesData from '../data/east-asian-surnames.json' with { type: 'json' };
import firstNamesData from '../data/first-names.json' with { type: 'json' };
import namePartsData from '../data/name-parts.json' with { type: 'json' };
import orgData from '../data/org-words.json' with { type: 'json' };
import partiesData from '../data/parties.json' with { type: 'json' };
import titlesData from '../data/person-titles.json' with { type: 'json' };
import speechData from '../data/speech.json' with { type: 'json' };
import { fold, remembered } from './text.ts';

/** A name as the word lists are keyed: folded, without dots, one kind of apostrophe. */
const nameKey = remembered((text: string) => fold(text).replace(/\./g, '').replace(/['’]/g, "'").trim());

type Tag = string;
const model = nlp.model() as unknown as {
  one: { lexicon: Record<string, Tag | Tag[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
};

const lexicon = new Map<string, Set<Tag>>();
for (const [word, tags] of Object.entries(model.one.lexicon)) {
  const key = fold(word);
  const set = lexicon.get(key) ?? new Set<Tag>();
  for (const t of Array.isArray(tags) ? tags : [tags]) set.add(t);
  lexicon.set(key, set);
}

const set = (words: readonly string[]) => new Set(words.map(fold));

/** Tags compromise's lexicon gives a word or phrase, e.g. `FemaleName`, `City`, `Organization`. */
export function lexiconTags(key: string): ReadonlySet<Tag> | undefined {
  return lexicon.get(key);
}

/** The keys that compromise's lexicon gives at least one of these tags, worked out once: the
 * predicates below are asked for every word of every article. */
function keysTagged(...tags: Tag[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const [key, t] of lexicon) if (tags.some((x) => t.has(x))) keys.add(key);
  return keys;
}

const NAME_TAGS = ['FemaleName', 'MaleName', 'FirstName'];
const PLACE_TAGS = ['Country', 'City', 'Region', 'Place'];
const COMMON_TAGS = [
  'Adjective', 'Adverb', 'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Plural', 'Singular',
  'Uncountable', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Possessive', 'QuestionWord', 'Modal', 'Copula',
  'Comparative', 'Superlative', 'Expression', 'Negative', 'Actor', 'Reflexive', 'Cardinal', 'Ordinal', 'Duration', 'Condition',
];

const NAME_WORDS = keysTagged(...NAME_TAGS);
const PLACE_WORDS = keysTagged(...PLACE_TAGS);
const COMMON_WORDS = keysTagged(...COMMON_TAGS);
const LAST_NAMES = keysTagged('LastName');
const PEOPLE = keysTagged('Person');
const LEXICON_ORGANISATIONS = keysTagged('Organization', 'SportsTeam');
const ORGANIZATION_WORDS = keysTagged('Organization');
const DATE_WORDS = keysTagged('WeekDay', 'Month', 'Date', 'Holiday');
const CALENDAR_WORDS = keysTagged('WeekDay', 'Month');
const DEMONYMS = keysTagged('Demonym');
const ACTORS = keysTagged('Actor');

const listedFemale = new Set(firstNamesData.female);
const listedMale = new Set(firstNamesData.male);
const UNISEX = new Set(firstNamesData.unisex);
const NAME_PARTS = new Set(namePartsData.names);

/** A given name: compromise's own, or one of the listed first names that is not also an ordinary word ("Robin", "Will"). */
export const isFirstName = (key: string) =>
  NAME_WORDS.has(key) || ((listedFemale.has(key) || listedMale.has(key)) && !COMMON_WORDS.has(key) && !PLACE_WORDS.has(key));
/** Given names joined by hyphens ("Jean-Pierre", "Anne-Sophie"); alone, such a word may be a firm's ("Hollis-Marsh"). */
export const isHyphenatedFirstName = (key: string): boolean => key.includes('-') && key.split('-').every((part) => part !== '' && isFirstName(part));
export const firstNameGender = (key: string): 'male' | 'female' | null => {
  if (UNISEX.has(key)) return null;
  const t = lexicon.get(key);
  const female = !!t?.has('FemaleName') || listedFemale.has(key);
  const male = !!t?.has('MaleName') || listedMale.has(key);
  if (female && !male) return 'female';
  if (male && !female) return 'male';
  return null;
};
/** A word known as part of someone's name, given or family, in any culture ("Haase", "Ghislaine"). */
export const isNamePart = (key: string) => NAME_PARTS.has(key) || NAME_WORDS.has(key) || LAST_NAMES.has(key);
export const isLastName = (key: string) => LAST_NAMES.has(key);
export const isKnownPerson = (key: string) => PEOPLE.has(key);
export const isLexiconOrganisation = (key: string) => LEXICON_ORGANISATIONS.has(key);
export const isLexiconPlace = (key: string) => PLACE_WORDS.has(key);
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Months, weekdays and other calendar words ("March" and "May" included, whatever else they can be). */
export const isDateWord = (key: string) => CALENDAR.has(key) || DATE_WORDS.has(key);
/** Names of months and weekdays only ("Monday", "March"), not words like "today". */
export const isCalendarWord = (key: string) => CALENDAR.has(key) || CALENDAR_WORDS.has(key);
/** The English words of the word-list package (274,000 lower-case words of English, no proper nouns; MIT),
 * read once when the extractor loads: compromise's lexicon leaves out many ordinary nouns ("glass", "hall"). */
const ENGLISH_WORDS = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
/** A word of the English dictionary ("glass", "hill", "romeo"), whatever else it can be. */
export const isEnglishWord = (key: string) => ENGLISH_WORDS.has(key);
/** A word compromise knows as an ordinary (non-name) word of English. */
export const isCommonWord = (key: string) => COMMON_WORDS.has(key) && !NAME_WORDS.has(key) && !LAST_NAMES.has(key) && !PLACE_WORDS.has(key) && !ORGANIZATION_WORDS.has(key);

const FUNCTION_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'QuestionWord', 'Modal', 'Copula', 'Adverb', 'Negative', 'Possessive', 'Expression'];
/** Words that can never begin a name: articles, prepositions, pronouns, conjunctions, sentence adverbs. */
const FUNCTION_WORDS = keysTagged(...FUNCTION_TAGS);
export const isFunctionWord = (key: string) => FUNCTION_WORDS.has(key) && !NAME_WORDS.has(key) && !LAST_NAMES.has(key);

// ---- word lists of this project ----

export const ORG_HEADS = new Set<string>([...Object.keys(model.two.orgWords).map(fold), ...orgData.heads.map(fold)]);
for (const w of ['boys', 'girls', 'care', 'design', 'data', 'education', 'development', 'financial', 'marine', 'military', 'mobile', 'power', 'capital', 'community', 'comprehensive', 'estate', 'reserve', 'interstate']) ORG_HEADS.delete(w);
export const PLACE_HEADS = new Set<string>([...Object.keys(model.two.placeWords).map(fold), ...orgData.placeHeads.map(fold)]);
for (const w of ['centre', 'center', 'museum', 'memorial', 'library', 'house', 'hall', 'site', 'field', 'way', 'bar', 'landing', 'complex', 'union', 'federation', 'camp', 'capital']) PLACE_HEADS.delete(w);
export const ORG_DESCRIPTORS = set(orgData.descriptors);
export const CORPORATE_TITLES = set(orgData.corporateTitles);
/** Titles that make the capitalised word before them the holder's company ("Acme founder A B"). */
export const COMPANY_TITLES = set(orgData.companyTitles);
export const GOVERNMENT_BODIES = orgData.governmentBodies.map((b) => b.split(' ').map(fold));
export const GOVERNMENT_WORDS = set(orgData.governmentWords);
export const NAME_CONNECTORS = set(orgData.connectors);
export const GENERIC_ALONE = set(orgData.genericAlone);
export const NON_ENTITY_ACRONYMS = set(orgData.nonEntityAcronyms);
export const LOWERCASE_HEADS = set(orgData.lowercaseHeads);
export const JOIN_ON = set(orgData.joinOn);
/** Head words of names that are neither people nor organisations: events, laws, places built. */
export const OTHER_HEADS = set(orgData.otherHeads);
/** Kinds of creative work written right before a work's title: "the drama X". */
export const WORK_NOUNS = set(worksData.workNouns);
/** Events and honours named after someone: "a Shakespeare festival". */
export const EVENT_NOUNS = set(worksData.eventNouns);
export const US_STATES = set(countriesData.usStates.codes);
/** The names of the US states ("Virginia", "New York"): places, whatever else the word can be. */
export const US_STATE_NAMES = set(countriesData.usStates.names);
/** Institutions named by one word or a place ("Congress", "the Kremlin", "the White House"). */
export const INSTITUTIONS = set(orgData.institutions);
/** Words of sports reporting ("season", "coach", "touchdown"): where they are frequent, "the Hawks" is a team. */
export const TEAM_SPORT_WORDS = set(orgData.teamSportWords);
/** Faiths and peoples named in capitals ("Muslims", "Kurds"): groups of people, no person or body. */
export const PEOPLES = set(orgData.peoples);
/** Words before a faith or a people that leave it a group ("Roman Catholics", "radical Muslims"). */
export const PEOPLE_MODIFIERS = set(orgData.peopleModifiers);
/** Model words after a product's name ("Pro", "Max", "Series"). */
export const PRODUCT_WORDS = set(orgData.productWords);
/** Words that open an organisation's name before a place or a name ("Air" + a city). */
export const ORG_OPENERS = set(orgData.openers);

// ---- news outlets (the source extractor's list): their names are organisations ----
const outletNames = new Set<string>();
const outletShort = new Set<string>();
for (const o of (outletsData as { outlets: Array<{ name: string; forms?: string[]; short?: string[] }> }).outlets) {
  for (const f of [o.name, ...(o.forms ?? [])]) outletNames.add(nameKey(f));
  for (const f of o.short ?? []) outletShort.add(f);
}
/** A news outlet's name or full form ("Reuters", "Bloomberg"), or its abbreviation as written ("AFP"). */
export const isOutlet = (text: string) => outletNames.has(nameKey(text)) || outletShort.has(text);
const outletWeak = new Set<string>();
for (const o of (outletsData as { outlets: Array<{ weak?: string[] }> }).outlets) for (const f of o.weak ?? []) outletWeak.add(nameKey(f).replace(/^the /, ''));
/** An outlet's name that is also an ordinary phrase ("The Hill"): an outlet only where a cue says so. */
export const isWeakOutlet = (text: string) => outletWeak.has(nameKey(text).replace(/^the /, ''));
/** Words naming a region of the world: "Pacific", "Nordic". */
export const REGION_WORDS = set(orgData.regionWords);
/** Plural trades a firm is hired for ("analysts", "pollsters"): the single word after them names a firm. */
export const TRADE_PLURALS = set(orgData.tradePlurals);
/** Names of sports: after a country's name, its governing body ("New Zealand Rugby"). */
export const SPORT_NAMES = set(orgData.sportNames);
/** Goods made or traded in bulk: "crude producer X" describes a company. */
export const COMMODITIES = set(orgData.commodities);
/** Words that end newspapers' names: "Herald", "Tribune". */
export const NEWSPAPER_WORDS = set(orgData.newspaperWords);

export const HONORIFICS = set(titlesData.honorifics);
export const TITLES = set(titlesData.titles);
export const TITLE_MODIFIERS = set(titlesData.titleModifiers);
export const ROLES = set([...titlesData.roles, ...titlesData.titles]);
export const KINSHIP = set(titlesData.kinship);
/** Playing positions, one word or two ("center", "defensive end"): they stand before a player's name. */
export const POSITIONS = set(titlesData.positions);
/** A politician's party before the name: "Republican A B". */
export const PARTY_LABELS = set(titlesData.partyLabels);
/** Letters after a person's name ("QC", "OBE"), no part of it. */
export const POST_NOMINALS = set(titlesData.postNominals);
const NOT_JOBS = set(titlesData.notJobs);
/** A job someone holds at an organisation ("manager", "vice president"), from the lists of this project. */
export const isJobNoun = (key: string) => (ROLES.has(key) || CORPORATE_TITLES.has(key)) && !NOT_JOBS.has(key) && !KINSHIP.has(key);

export const EAST_ASIAN_SURNAMES = set(surnamesData.surnames);

/** A role noun ("spokesperson", "director") by our list or compromise's `Actor` tag. */
export const isRoleNoun = (key: string) => ROLES.has(key) || (ACTORS.has(key) && !NAME_WORDS.has(key));

// ---- countries ----

export interface Country {
  name: string;
  demonym: string;
}
const countryByKey = new Map<string, Country>();
const demonyms = new Map<string, Country>();
for (const c of countriesData.countries) {
  const country = { name: c.name, demonym: c.demonym };
  for (const form of [c.name, ...c.aliases]) countryByKey.set(nameKey(form), country);
  demonyms.set(nameKey(c.demonym), country);
}
/** The country a name or demonym stands for: "China", "PRC", "U.S.", "Chinese". */
export function countryOf(text: string): Country | undefined {
  const k = nameKey(text);
  return countryByKey.get(k);
}
export function demonymCountry(text: string): Country | undefined {
  const k = nameKey(text);
  return demonyms.get(k) ?? demonyms.get(k.replace(/s$/, ''));
}
export const isCountryOrDemonym = (text: string) => !!countryOf(text) || !!demonymCountry(text) || DEMONYMS.has(nameKey(text));


// ---- speech ----

const speechForms = new Map<string, string>();
for (const [base, forms] of Object.entries(speechData.verbs)) for (const f of forms) speechForms.set(f, base);
const coreSpeech = new Set(speechData.core);
/** Past forms of reporting verbs ("said", "told", "described"): compromise's lexicon knows them as past
 * forms, or they end in -ed; and it lists no noun of that spelling. Such a form is a verb wherever it
 * stands, so its context need not be tagged to tell. */
const pastSpeechForms = new Set<string>();
for (const form of speechForms.keys()) {
  const tags = lexicon.get(form);
  const past = !!tags?.has('PastTense') || !!tags?.has('Participle') || form.endsWith('ed');
  if (past && !['Noun', 'Singular', 'Plural'].some((t) => tags?.has(t))) pastSpeechForms.add(form);
}
/** The base of a reporting verb form ("told" → "tell"), or undefined. */
export const speechVerbBase = (key: string) => speechForms.get(key);
/** "said", "told": a past form of a reporting verb, never a noun (see pastSpeechForms). */
export const isPastSpeechForm = (key: string) => pastSpeechForms.has(key);
/** Verbs that introduce a direct quotation on their own ("said", "told", "added"), not merely a report. */
export const isCoreSpeechVerb = (key: string) => {
  const b = speechForms.get(key);
  return !!b && coreSpeech.has(b);
};
export const SCARE_CUES = speechData.scareCues.map((c) => c.split(' '));
export const DOCUMENT_NOUNS = set(speechData.documents);
export const DOCUMENT_FAMILIES: ReadonlyArray<ReadonlySet<string>> = speechData.documentFamilies.map((f) => set(f));
export const ISSUING_VERBS = set(speechData.issuingVerbs);
export const PRONOUNS = new Map<string, string>(Object.entries(speechData.pronouns));

/** A political party named by a short form, from ../data/parties.json. */
export interface PartyForm {
  /** The party's full name. */
  party: string;
  /** The form's words, folded. */
  words: string[];
  /** The form is also an ordinary adjective ("Democratic"): it names the party only before "Party", a role or a name. */
  adjective: boolean;
}

/** Party forms by their first word, longest first. */
export const PARTY_FORMS: ReadonlyMap<string, readonly PartyForm[]> = (() => {
  const byFirst = new Map<string, PartyForm[]>();
  for (const entry of partiesData.parties as Array<{ name: string; forms: string[]; adjectives?: string[] }>) {
    for (const [forms, adjective] of [[entry.forms, false], [entry.adjectives ?? [], true]] as const) {
      for (const form of forms) {
        const words = form.split(/\s+/).map((w) => fold(w));
        const list = byFirst.get(words[0]!) ?? [];
        list.push({ party: entry.name, words, adjective });
        byFirst.set(words[0]!, list);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((x, y) => y.words.length - x.words.length);
  return byFirst;
})();

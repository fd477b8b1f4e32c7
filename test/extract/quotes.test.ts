import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import type { ExtractedQuote } from '../../src/types.ts';
import { article as fixture } from './fixtures.ts';

const article = (paragraphs: string[]) => fixture(paragraphs, { title: 'Ferry strike' });

function quotes(paragraphs: string[]): ExtractedQuote[] {
  const input = article(paragraphs);
  return extractQuotes(input, extractEntities(input));
}

const pairs = (qs: ExtractedQuote[]) => qs.map((q) => [q.text, q.speaker?.name ?? null]);

describe('extractQuotes', () => {
  it('attributes by a speech verb after the quotation, either order', () => {
    const qs = quotes([
      'Ferry workers walked out on Monday.',
      '“We have waited three years for a contract,” said union organiser Mateo Varga.',
      '“Nobody wants the boats to stop,” Varga told reporters.',
    ]);
    assert.deepEqual(pairs(qs), [
      ['We have waited three years for a contract,', 'Mateo Varga'],
      ['Nobody wants the boats to stop,', 'Mateo Varga'],
    ]);
  });

  it('resolves a pronoun to the person it stands for, not to the last name in the text', () => {
    const qs = quotes([
      'Ana Ruiz, a nurse at the island clinic, said patients had missed appointments.',
      'Her colleague, Pedro Lindgren, disagreed.',
      '“The clinic has coped so far,” he said. “But a second week would be hard.”',
      '“I am worried about the older patients,” she said.',
    ]);
    assert.deepEqual(pairs(qs), [
      ['The clinic has coped so far,', 'Pedro Lindgren'],
      ['But a second week would be hard.', 'Pedro Lindgren'],
      ['I am worried about the older patients,', 'Ana Ruiz'],
    ]);
  });

  it('takes a partial quotation inside a sentence from the subject of the speech verb before it', () => {
    const qs = quotes(['Harbour master Lena Koch warned that the strike would “cost the island its summer trade” if it lasted.']);
    assert.deepEqual(pairs(qs), [['cost the island its summer trade', 'Lena Koch']]);
  });

  it('joins a quotation that runs over paragraphs', () => {
    const qs = quotes([
      'Mayor Oskar Brandt read a statement to the council.',
      '“The ferries are this island’s roads. Without them, nothing moves.',
      '“I ask both sides to return to the table this week,” Brandt said.',
    ]);
    assert.equal(qs.length, 1);
    assert.equal(qs[0]!.text, 'The ferries are this island’s roads. Without them, nothing moves. I ask both sides to return to the table this week,');
    assert.equal(qs[0]!.speaker?.name, 'Oskar Brandt');
    assert.equal(qs[0]!.paragraph, 1);
  });

  it('gives a paragraph that only goes on quoting to the speaker before it', () => {
    const qs = quotes([
      '“We will not sign this offer,” union leader Mateo Varga said.',
      '“It takes more from the crews than it gives them.”',
    ]);
    assert.deepEqual(pairs(qs).map((p) => p[1]), ['Mateo Varga', 'Mateo Varga']);
  });

  it('ignores scare quotes, terms and titles', () => {
    const qs = quotes([
      'The so-called “efficiency plan” would cut crews, in what managers called “smart staffing.”',
      'Workers sang “We Shall Not Be Moved” outside a “re-zoning” meeting at the “temporary” office.',
    ]);
    assert.deepEqual(qs, []);
  });

  it('takes a quotation of one or two words when a speaker and a speech verb follow it', () => {
    const qs = quotes([
      '“That is wrong,” Mateo Varga said on Tuesday.',
      '“Absolutely,” Varga said. “Please.” said Ines Holm.',
      'He warned of “serious consequences” and called the plan “reckless.”',
    ]);
    assert.deepEqual(pairs(qs), [
      ['That is wrong,', 'Mateo Varga'],
      ['Absolutely,', 'Mateo Varga'],
      ['Please.', 'Ines Holm'],
    ]);
  });

  it('attributes a document to the body that issued it', () => {
    const qs = quotes([
      'The Island Transport Authority published a review of the ferry service on Tuesday.',
      '“Crews are working longer hours than the law allows,” the review said.',
    ]);
    assert.deepEqual(pairs(qs), [['Crews are working longer hours than the law allows,', 'Island Transport Authority']]);
  });

  it('gives a country’s words to its government', () => {
    const qs = quotes(['Norway dismissed the claims as “without any basis in fact.”']);
    assert.deepEqual(pairs(qs), [['without any basis in fact.', 'Norwegian government']]);
  });

  it('gives "the company said" to the company named last', () => {
    const qs = quotes([
      'Shares in Korvane Holdings fell after the ferry contract was lost.',
      '“We expect to win new routes next year,” the company said.',
    ]);
    assert.deepEqual(pairs(qs), [['We expect to win new routes next year,', 'Korvane Holdings']]);
  });

  it('finds the speaker named at the end of a long sentence', () => {
    const qs = quotes(['“The route is losing money every week” on the winter timetable, said Lars Eklund, a transport economist.']);
    assert.deepEqual(pairs(qs), [['The route is losing money every week', 'Lars Eklund']]);
  });

  it('reads straight quotation marks, even with a space before the closing one, and skips inch marks', () => {
    const qs = quotes(['The ferry has 40" screens in every lounge. "Who are we if we answer anger with anger? " Nadia Holm wrote.']);
    assert.deepEqual(pairs(qs), [['Who are we if we answer anger with anger?', 'Nadia Holm']]);
  });

  it('does not take an owner or an object for the person a pronoun stands for', () => {
    const qs = quotes([
      'Erik Dahl was arrested after a call to Nadia Holm’s office, in which he said he would “burn the whole place down.”',
      'Holm asked for calm at Dahl’s hearing. She added, “We must answer this with patience and with the law.”',
    ]);
    assert.deepEqual(pairs(qs).map((p) => p[1]), ['Erik Dahl', 'Nadia Holm']);
  });

  it('finds the speaker of a short quotation for the longer one that follows it', () => {
    const qs = quotes(['“Perfect,” coach Arne Lund said. “That is the mark of a real competitor on this team.”']);
    assert.deepEqual(pairs(qs), [['That is the mark of a real competitor on this team.', 'Arne Lund']]);
  });

  it('gives "the statement said" to whoever said it in a statement, a country\'s forces included', () => {
    const qs = quotes([
      'Two sailors died when a patrol boat sank, the Danish navy said in a statement on Monday.',
      '"The cause of the sinking is still under investigation," the statement said.',
    ]);
    assert.deepEqual(pairs(qs), [['The cause of the sinking is still under investigation,', 'Danish navy']]);
  });

  it('leaves a quotation without a speaker unattributed', () => {
    const qs = quotes(['A sign at the terminal read: “No sailings until further notice, sorry for any trouble.”']);
    assert.deepEqual(pairs(qs), [['No sailings until further notice, sorry for any trouble.', null]]);
  });

  it('names speakers by the entities it is given', () => {
    const input = article(['“The talks went well,” Mateo Varga said.']);
    const given = { people: [{ kind: 'person' as const, name: 'Mateo J. Varga', forms: ['Mateo J. Varga', 'Mateo Varga'] }], organisations: [] };
    assert.deepEqual(pairs(extractQuotes(input, given)), [['The talks went well,', 'Mateo J. Varga']]);
  });

  it('stays fast on thousands of unbalanced quotation marks and on a huge body', () => {
    const started = Date.now();
    quotes(['“He said “ that “ '.repeat(5000), '"'.repeat(20000)]);
    const huge = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i}: “Officials said the port would reopen,” Mateo Varga told the Island Transport Authority.`);
    quotes(huge);
    assert.ok(Date.now() - started < 20000, `took ${Date.now() - started} ms`);
  });
});

describe('extractQuotes: pronouns', () => {
  it('gives "she said" to the person the paragraphs are about, not to one named in passing nearer', () => {
    const qs = quotes([
      'Tara Quinn accused the label of blocking her show.',
      'In 2016, Kim Vale released a video of a call between Quinn and a producer.',
      'She claimed the label thought the show would count as a new recording.',
      '“I just want to play my own songs,” she said.',
    ]);
    assert.deepEqual(pairs(qs), [['I just want to play my own songs,', 'Tara Quinn']]);
  });

  it('gives "he said" to the one who told, not to the one told', () => {
    const qs = quotes([
      'Clients “wanted a faster phone,” Tomas Reyes told Pavel Orlov at the conference.',
      '“We took that to heart,” he said.',
    ]);
    assert.deepEqual(pairs(qs), [['wanted a faster phone,', 'Tomas Reyes'], ['We took that to heart,', 'Tomas Reyes']]);
  });

  it('finds the speaker named at the end of the sentence, before where or when it was said', () => {
    const qs = quotes([
      'Mayor Dana Whitlock spoke on Monday.',
      '“The voters are not buying” the plan, Whitlock said at a rally last week.',
      'The crisis is “growing faster every year” and affects every town, Whitlock said in a statement.',
    ]);
    assert.deepEqual(pairs(qs).map((p) => p[1]), ['Dana Whitlock', 'Dana Whitlock']);
  });

  it('gives a spokesperson of "the company" to the company, and "said the actor" to the person just quoted', () => {
    const qs = quotes([
      'Larkspur Labs is based in Oslo. A company spokesperson said in an email that “we are cooperating with the inquiry.”',
      '“We lost a lot this year,” Mateo Varga said. “It makes you stronger,” said the actor.',
    ]);
    assert.deepEqual(pairs(qs).map((p) => p[1]), ['Larkspur Labs', 'Mateo Varga', 'Mateo Varga']);
  });

  it('gives a quotation after ", saying" to the subject of the sentence', () => {
    const qs = quotes(['Ines Holm, head of the growers’ union, spoke on Monday. She urged Mateo Varga to act, saying “time is running out for farmers.”']);
    assert.deepEqual(pairs(qs), [['time is running out for farmers.', 'Ines Holm']]);
  });

  it('resolves a role with a phrase after it to the person given that role elsewhere', () => {
    const qs = quotes([
      'Norway’s envoy to Chile warned that the fishing fleet would “not wait for ever” for a deal.',
      'Norway’s envoy to Chile Ingrid Solberg spoke after a meeting in the capital.',
    ]);
    assert.deepEqual(pairs(qs), [['not wait for ever', 'Ingrid Solberg']]);
  });

  it('gives “they said” to the organisation made the subject after the last quoted one', () => {
    const qs = quotes([
      'Northsea Ferries Ltd said the ferries would run on Friday.',
      '“Every boat will sail,” Northsea Ferries Ltd said.',
      'The firm that owns the pier, Quayside Holdings, disputes that.',
      '“No agreement has been signed,” they said.',
    ]);
    assert.deepEqual(pairs(qs), [
      ['Every boat will sail,', 'Northsea Ferries Ltd'],
      ['No agreement has been signed,', 'Quayside Holdings'],
    ]);
  });

  it('reads a subject pronoun after an opening phrase, and a woman with a name given to either sex', () => {
    const qs = quotes([
      'Taylor Quill’s first albums came out on a label owned by talent manager Oren Brask.',
      'In a post at the time she described the sale as the “worst thing that could happen to my songs”.',
      'Oren Brask has denied any unfairness. Then, last week, Taylor Quill wrote to her fans.',
      'She claimed the label blocked her.',
      '“I just want to sing my own songs,” she said.',
    ]);
    assert.deepEqual(pairs(qs), [
      ['worst thing that could happen to my songs', 'Taylor Quill'],
      ['I just want to sing my own songs,', 'Taylor Quill'],
    ]);
  });

  it('gives a spokesperson’s words to the organisation when no person is named, and to the person when one is', () => {
    const qs = quotes([
      'Acme Corp bought the mill last year.',
      '“We will keep every job,” a spokeswoman for Acme Corp said.',
      '“We will keep most of them,” a spokeswoman for Acme Corp, Ann Vale, said.',
      'Lio Garve said: “The talks are over for this year.” A spokesman for the Harbor Council said it was “a basic principle of the port”.',
    ]);
    assert.deepEqual(pairs(qs), [
      ['We will keep every job,', 'Acme Corp'],
      ['We will keep most of them,', 'Ann Vale'],
      ['The talks are over for this year.', 'Lio Garve'],
      ['a basic principle of the port', 'Harbor Council'],
    ]);
  });

  it('gives "it says" to the organisation the sentence before is about, not to one quoted earlier', () => {
    const qs = quotes([
      'The Kestrel Group, which owns Acme Corp, has denied wrongdoing. “We followed every rule,” it said.',
      'Tall Lantern Records was sold to Velmora Inc in May. In a statement, it says: “We remain independent of our owner.”',
    ]);
    assert.deepEqual(pairs(qs), [
      ['We followed every rule,', 'Kestrel Group'],
      ['We remain independent of our owner.', 'Tall Lantern Records'],
    ]);
  });
});

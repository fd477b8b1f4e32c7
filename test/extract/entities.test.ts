import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities, type ArticleEntities } from '../../src/extract/entities.ts';
import type { FrontMatter } from '../../src/types.ts';
import { article as fixture, names } from './fixtures.ts';

const article = (paragraphs: string[], frontMatter: FrontMatter = {}) => fixture(paragraphs, { title: 'Harbour plan approved', frontMatter });

const find = (list: ArticleEntities['people'], name: string) => list.find((e) => e.name === name);

describe('extractEntities: people', () => {
  it('joins an honorific and a bare surname to the full name', () => {
    const e = extractEntities(article([
      'Dr. Helena Marsh, a marine biologist at the coastal institute, warned that the reef was failing.',
      'Marsh said the water had warmed by two degrees since 2010.',
    ]));
    assert.deepEqual(names(e.people), ['Helena Marsh']);
    assert.deepEqual(find(e.people, 'Helena Marsh')!.forms.sort(), ['Helena Marsh', 'Marsh']);
  });

  it('reads an honorific that opens a sentence as the title of the name after it', () => {
    const e = extractEntities(article([
      'The harbour board met on Tuesday to vote on the plan.',
      'Mr Osei voted against it. Ms Lind abstained.',
    ]));
    assert.deepEqual(names(e.people), ['Lind', 'Osei']);
  });

  it('cuts titles off names, whatever their case', () => {
    const e = extractEntities(article([
      'Transport Minister Jorge Alcantara opened the bridge on Monday.',
      'The ferry company’s spokeswoman Ines Okafor said crossings would stop.',
    ]));
    assert.deepEqual(names(e.people), ['Ines Okafor', 'Jorge Alcantara']);
    assert.ok(!e.organisations.some((o) => /Transport/.test(o.name)));
  });

  it('keeps two people who share a surname apart, and gives the surname to the one named last', () => {
    const e = extractEntities(article([
      'Tomas Berg, a fisherman from the north coast, lost his boat in the storm.',
      'Berg told reporters he would not sail again.',
      'His sister, Ingrid Berg, runs the harbour café.',
    ]));
    assert.deepEqual(names(e.people), ['Ingrid Berg', 'Tomas Berg']);
    assert.deepEqual(find(e.people, 'Tomas Berg')!.forms.sort(), ['Berg', 'Tomas Berg']);
    assert.deepEqual(find(e.people, 'Ingrid Berg')!.forms, ['Ingrid Berg']);
  });

  it('gives each bare surname to the full name nearest before it, so two namesakes stay apart', () => {
    const e = extractEntities(article([
      'Opposition leader Aldo Ferrante attacked the budget.',
      'Ferrante said the harbour tax was unfair.',
      'In Valletta, Prime Minister Gianni Ferrante replied that the tax would stay.',
      'Ferrante added that the ferries needed new engines.',
    ]));
    assert.deepEqual(names(e.people), ['Aldo Ferrante', 'Gianni Ferrante']);
    assert.deepEqual(find(e.people, 'Aldo Ferrante')!.forms.sort(), ['Aldo Ferrante', 'Ferrante']);
    assert.deepEqual(find(e.people, 'Gianni Ferrante')!.forms.sort(), ['Ferrante', 'Gianni Ferrante']);
  });

  it('merges accent variants of one name within an article, keeping the accented form', () => {
    const e = extractEntities(article([
      'The architect Zoë Lindqvist presented the plans.',
      'Critics of Zoe Lindqvist said the tower was too tall.',
    ]));
    assert.deepEqual(names(e.people), ['Zoë Lindqvist']);
  });

  it('does not take a place, a month or a sentence opener for a person', () => {
    const e = extractEntities(article([
      'Speaking in Lisbon on Tuesday, officials said March would be dry.',
      'Persistent doubts remain in Norway and Chile.',
    ]));
    assert.deepEqual(e.people, []);
    assert.deepEqual(e.organisations, []);
  });
});

describe('extractEntities: organisations', () => {
  it('reads an acronym defined in brackets or with "or", and joins its later uses', () => {
    const e = extractEntities(article([
      'The Baltic Shipping Council (BSC) met in Tallinn with the Nordic Office of Port Safety, or NOPS, on Friday.',
      'A BSC spokesperson said NOPS inspectors would return in May.',
    ]));
    assert.deepEqual(names(e.organisations), ['Baltic Shipping Council', 'Nordic Office of Port Safety']);
    assert.deepEqual(find(e.organisations, 'Baltic Shipping Council')!.forms.sort(), ['BSC', 'Baltic Shipping Council']);
    assert.deepEqual(find(e.organisations, 'Nordic Office of Port Safety')!.forms.sort(), ['NOPS', 'Nordic Office of Port Safety']);
  });

  it('does not make an organisation of an acronym whose long form is a place', () => {
    const e = extractEntities(article(['Floods hit the Upper Marrow Valley Region (UMVR) again, and UMVR farmers asked for help.']));
    assert.deepEqual(e.organisations, []);
  });

  it('gives a shorter form and the initials to the full name of the same text', () => {
    const e = extractEntities(article([
      'The Danish Ministry of Fisheries said quotas would fall.',
      'The Fisheries Ministry added that the Danish Ministry of Fisheries would publish figures, and DMF staff confirmed it.',
    ]));
    assert.deepEqual(names(e.organisations), ['Danish Ministry of Fisheries']);
    const forms = find(e.organisations, 'Danish Ministry of Fisheries')!.forms;
    assert.ok(forms.includes('Fisheries Ministry') && forms.includes('DMF'), forms.join(', '));
  });

  it('does not count countries or generic references as organisations', () => {
    const e = extractEntities(article([
      'Portugal and Morocco urged the government and the international community to act.',
      'The ministry declined to comment.',
    ]));
    assert.deepEqual(e.organisations, []);
  });

  it('finds companies by the words around them', () => {
    const e = extractEntities(article([
      'Shares in Korvane and Telmora — two Finnish battery makers — rose on Monday.',
      'Former Korvane CEO Pekka Salmi said the deal was fair.',
    ]));
    assert.deepEqual(names(e.organisations), ['Korvane', 'Telmora']);
    assert.deepEqual(names(e.people), ['Pekka Salmi']);
  });

  it('reads a name through an ordinary word’s possessive, and a mixed-case acronym', () => {
    const e = extractEntities(article(['The Workers’ Solidarity Union, or WoSU, joined the strike alongside the Harbour Pilots Association.']));
    assert.deepEqual(names(e.organisations), ['Harbour Pilots Association', 'Workers’ Solidarity Union']);
    assert.ok(find(e.organisations, 'Workers’ Solidarity Union')!.forms.includes('WoSU'));
  });

  it('reads camel-case company names and names joined by "and" before a head word', () => {
    const e = extractEntities(article([
      'Investors in FerryLink complained to the Harbour Safety and Licensing Authority on Friday.',
      'FerryLink said it would appeal, and Amnesty International and Greenpeace International stayed silent.',
    ]));
    assert.deepEqual(names(e.organisations), ['Amnesty International', 'FerryLink', 'Greenpeace International', 'Harbour Safety and Licensing Authority']);
  });

  it('splits "X of the Y" into a person and an organisation, and reads "the X group"', () => {
    const e = extractEntities(article([
      'Ines Okafor of the Harbour Pilots Association said the Black Tide group had claimed the attack.',
      'A TNB Marine Desk reporter confirmed it.',
    ]));
    assert.deepEqual(names(e.people), ['Ines Okafor']);
    assert.deepEqual(names(e.organisations), ['Black Tide', 'Harbour Pilots Association', 'TNB']);
  });

  it('takes a name before "spokesman" for an organisation, and keeps a known name whole at a sentence start', () => {
    const e = extractEntities(article([
      'United Nations officials met on Tuesday. "The talks went well," Vektorra spokesman Ilja Sarn said.',
    ]));
    assert.deepEqual(names(e.organisations), ['United Nations', 'Vektorra']);
    assert.deepEqual(names(e.people), ['Ilja Sarn']);
  });

  it('reads two ordinary words as an organisation from the way the text speaks of them', () => {
    const e = extractEntities(article([
      'The label that owns her early songs, Tall Lantern, says she may sing them.',
      'Her albums came out through Tall Lantern, which was sold last year.',
      'Tall Lantern have denied blocking her.',
    ]));
    assert.deepEqual(names(e.organisations), ['Tall Lantern']);
    assert.deepEqual(names(e.people), []);
    const f = extractEntities(article(['Her albums came out on Copper Kettle, which was sold last year.', 'Copper Kettle denied blocking her.']));
    assert.deepEqual(names(f.organisations), ['Copper Kettle']);
    const g = extractEntities(article(['Black Friday, which falls late in the month, was busy.']));
    assert.deepEqual(names(g.organisations), []);
  });

  it('keeps a person and a name glued to its link text apart', () => {
    const e = extractEntities(article(['Rep. Dana MorrowDana MorrowSenators back port bill | Harbor Council delays vote MORE (D-Ore.) said the port would close.']));
    assert.deepEqual(names(e.people), ['Dana Morrow']);
    assert.deepEqual(names(e.organisations), []);
  });

  it('reads a player after a playing position, a name with a particle after a job label, and teams in a sports report', () => {
    const e = extractEntities(article([
      'The Kestrels lost the game to the Dunmore Otters on Sunday, their third loss of the season.',
      'Dunmore center Brannoc Tivey and defensive end Olo Marra were suspended for the rematch, and the coach said the team had to win.',
      'Harbor Sports NFL Insider Devin La Rocca reported that the league will fine both players. The Vales watched the game with Ann Vale.',
    ]));
    assert.deepEqual(names(e.people), ['Ann Vale', 'Brannoc Tivey', 'Devin La Rocca', 'Olo Marra']);
    assert.deepEqual(names(e.organisations), ['Dunmore Otters', 'Harbor Sports', 'Kestrels', 'NFL']);
  });

  it('takes no capitalised plural for a team outside a sports report', () => {
    const e = extractEntities(article(['The Kestrels met in the town hall on Monday to talk about the new bridge.']));
    assert.deepEqual(names(e.organisations), []);
  });

  it('keeps an office named by its holder’s title whole', () => {
    const e = extractEntities(article(['A man pleaded guilty to threats, the U.S. Attorney’s Office for the Northern District of Oregon announced Monday.']));
    assert.deepEqual(names(e.organisations), ['U.S. Attorney’s Office for the Northern District of Oregon']);
    assert.deepEqual(names(e.people), []);
  });

  it('finds a company before a company title, a person owning a company, and where someone works', () => {
    const e = extractEntities(article([
      'Upstarts such as Zentrix founder Peter Osk’s Copper Kettle and Ilva Brenn’s NorthWorks are bidding.',
      '“We are going,” said Lio Garve, vice president of research at Tall Lantern.',
      'Film director Ana Ruiz and survivors at the old mill met.',
    ]));
    assert.deepEqual(names(e.people), ['Ana Ruiz', 'Ilva Brenn', 'Lio Garve', 'Peter Osk']);
    assert.deepEqual(names(e.organisations), ['NorthWorks', 'Tall Lantern', 'Zentrix']);
  });

  it('takes capitalised words that speak but are no one’s name for an organisation, without its first acronym alone', () => {
    const e = extractEntities(article(['KQRT DFW reports the boat was found. Rose Young said the crew was safe.']));
    assert.deepEqual(names(e.organisations), ['KQRT DFW']);
    assert.deepEqual(names(e.people), ['Rose Young']);
  });

  it('takes no faith, party-and-state tag or newsletter heading for a person or an organisation', () => {
    const e = extractEntities(article([
      'Rep. Jane Roe, D-Ore., said he hates radical Buddhists in government. Kurds were named too.',
      'Overnight Energy: Lawmakers spar over port rules | Harbor Council delays vote',
    ]));
    assert.deepEqual(names(e.people), ['Jane Roe']);
    assert.deepEqual(names(e.organisations), ['Harbor Council']);
  });

  it('gives an unknown name in a list the kind of the others', () => {
    const e = extractEntities(article([
      'The panel included Oren Daskal, Brannoc Tivey and Ilse Morrow.',
      'The bidders - Velmora Inc, Kobalt Dynamics and Zentrix Corporation - are new.',
    ]));
    assert.deepEqual(names(e.people), ['Brannoc Tivey', 'Ilse Morrow', 'Oren Daskal']);
    assert.deepEqual(names(e.organisations), ['Kobalt Dynamics', 'Velmora Inc', 'Zentrix Corporation']);
  });

  it('reads "Air" and a place as a carrier, not a shoe model', () => {
    const e = extractEntities(article(['Bids came from Norland’s Air Kestova and a third buyer. He wore Air Max shoes.']));
    assert.deepEqual(names(e.organisations), ['Air Kestova']);
  });

  it('takes no film before "director", no faith, no singular in "-us" and no "Mr" name for an organisation', () => {
    const e = extractEntities(article([
      'The season opener drew fans to the stadium as the coach praised the league and its playoff hopes. The Chorus, a film, won.',
      'A horror film produced by Dark Harvest director Sam Raimo topped the chart. Roman Catholics and radical Sikhs were named.',
      '“Criminals do not do clever,” said Mr Kingsley, so many firms were changing. “They just do what works,” said Mr Kingsley.',
    ]));
    assert.deepEqual(names(e.organisations), []);
    assert.deepEqual(names(e.people), ['Kingsley', 'Sam Raimo']);
  });

  it('takes a camel-case product for no company', () => {
    const e = extractEntities(article(['The new SoundPods Pro cost $249, and the PlayBox 5 sells well. SoundPods are popular. FlexWork said it grew, and FlexWork hired.']));
    assert.deepEqual(names(e.organisations), ['FlexWork']);
  });

  it('lets names from front matter win and always appear', () => {
    const e = extractEntities(article(['Marsh said the reef was failing.'], { people: ['Helena Marsh'], organisations: ['Coastal Reef Trust'] }));
    assert.deepEqual(names(e.people), ['Helena Marsh']);
    assert.deepEqual(names(e.organisations), ['Coastal Reef Trust']);
    assert.ok(e.people[0]!.given && e.organisations[0]!.given, 'marked as given, so that they win across the archive');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities } from '../../src/extract/entities.ts';
import { isPinyin } from '../../src/extract/nlp/pinyin.ts';
import { article as fixture, names } from './fixtures.ts';

const article = (paragraphs: string[]) => fixture(paragraphs, { title: 'Talks stall' });

describe('extractEntities: page furniture', () => {
  it('drops a person named only alone on a line, in a byline or in a copyright line', () => {
    const e = extractEntities(article([
      'By Nora Quint | Harbour Desk',
      'The ferry fares rose again, Tomas Reyl said on Monday.',
      'Gavin Morrow',
      '© 2024 Elena Farrow. All rights reserved. Privacy Policy',
    ]));
    assert.deepEqual(names(e.people), ['Tomas Reyl']);
  });

  it('keeps a person named alone on a line whom the prose names too', () => {
    const e = extractEntities(article(['Gavin Morrow', 'Gavin Morrow, a ferry captain, said the fares were fair.']));
    assert.deepEqual(names(e.people), ['Gavin Morrow']);
  });

  it('joins a short given name to the full one', () => {
    const e = extractEntities(article(['Joshua Pelt, a chemist, said the air was worse.', 'Josh Pelt', 'Pelt said it would not last.']));
    assert.deepEqual(names(e.people), ['Joshua Pelt']);
  });
});

describe('extractEntities: Chinese names that hold an English word', () => {
  it('reads "He" as a family name before a given name in pinyin, and as a given name after a family name', () => {
    const e = extractEntities(article([
      'The talks went on between the envoy and vice-premier Liu He in Beijing.',
      '“It is too early,” He Jianqiao, a former trade official, said.',
      'He said the talks would go on.',
    ]));
    assert.deepEqual(names(e.people), ['He Jianqiao', 'Liu He']);
  });

  it('knows pinyin from English words', () => {
    assert.ok(isPinyin('jianqiao') && isPinyin('he') && isPinyin('xiao-ming'));
    assert.ok(!isPinyin('london') && !isPinyin('trump') && !isPinyin('the'));
  });
});

describe('extractEntities: parties with a lower-case head word', () => {
  it('reads "the Communist party" and "the Harbour Progressive party" as organisations', () => {
    const e = extractEntities(article(['The Communist party and the Harbour Progressive party both lost seats, the count showed.']));
    assert.deepEqual(names(e.organisations), ['Communist party', 'Harbour Progressive party']);
  });

  it('does not read a holiday party as an organisation', () => {
    const e = extractEntities(article(['They met at a Christmas party in the town hall.']));
    assert.deepEqual(names(e.organisations), []);
  });
});

describe('extractEntities: outlets named in the prose', () => {
  it('reads an outlet from a cue of reporting around a newspaper-shaped name', () => {
    const e = extractEntities(article([
      'The fund lost money, according to the Lakeside Courier.',
      'The ministry did not answer The Hill’s request for comment.',
      'A report in the Valley Herald of Port Aster said the same, and the Morning Clarion reported it first.',
    ]));
    assert.deepEqual(names(e.organisations), ['Hill', 'Lakeside Courier', 'Morning Clarion', 'Valley Herald']);
  });

  it('leaves a person whose family name is a newspaper word, and a hill that reports nothing', () => {
    const e = extractEntities(article(['Ann Herald told reporters she had walked up the Hill on Monday.', 'Kate Star reported the fire.']));
    assert.deepEqual(names(e.organisations), []);
  });
});

describe('extractEntities: one-word companies from their cues', () => {
  it('reads the names of a list that a kind of company governs', () => {
    const e = extractEntities(article([
      'The bank competes with lenders such as Quillo, Bramble and Tessary.',
      'Rival Hobb’s was also lower on Monday.',
      'Shares in Zentrix rose after Velmora’s chief executive left.',
      'Prices fell, Kobalt analyst Ferdinand Aulich said.',
    ]));
    assert.deepEqual(names(e.organisations), ['Bramble', 'Hobb’s', 'Kobalt', 'Quillo', 'Tessary', 'Velmora', 'Zentrix']);
    assert.deepEqual(names(e.people), ['Ferdinand Aulich']);
  });

  it('reads a list of names beside camel-case brands as companies, but not a list of brands of goods', () => {
    const e = extractEntities(article([
      'The model spread to Quillo, BondHarbor, KettleWorks and Tessary.',
      'The group sells brands including Glenmora Scotch whisky and Harrow rum.',
    ]));
    assert.deepEqual(names(e.organisations), ['BondHarbor', 'KettleWorks', 'Quillo', 'Tessary']);
  });

  it('leaves a politician named after "rival" a person', () => {
    const e = extractEntities(article(['Senator Ann Ketterby spoke first.', 'Her rival Ketterby was not there, aides said.']));
    assert.deepEqual(names(e.organisations), []);
  });
});

describe('extractEntities: teams and spellings', () => {
  it('reads a team whose nickname is no plural from "the X" and "X coach A B" in a sports report', () => {
    const e = extractEntities(article([
      'Thunder coach Ann Bellweather said the season was long.',
      'The goal in the second period gave the Thunder the lead, and the goalie kept it through overtime.',
      'The coaches met after the playoff game at the stadium.',
    ]));
    assert.ok(e.organisations.some((o) => o.name === 'Thunder'));
    assert.deepEqual(names(e.people), ['Ann Bellweather']);
  });

  it('joins a surname spelt with one letter more to the full name', () => {
    const e = extractEntities(article(['President Ivan Korelsky spoke on Monday.', 'Aides to Korelskyy said he would not go.']));
    assert.deepEqual(names(e.people), ['Ivan Korelsky']);
  });
});

describe('extractEntities: more that is no person', () => {
  it('reads no person from honorifics alone ("Rt. Hon."), a clause after a festival, a picture credit or a headline with a comma', () => {
    const e = extractEntities(article([
      'Vapes Can Send You to the Hospital Even When Clean, New Harbour Case Shows',
      'The house mourned the late Rt. Hon. B. U. Okonkwo, its former speaker.',
      'Officials banned fireworks ahead of Holika, arresting 210 people in a week.',
      'The senator speaks at the Capitol on Monday.Jon Arliss / Wire Photo file',
    ]));
    assert.deepEqual(names(e.people), ['B. U. Okonkwo']);
  });

  it('joins a family name of two words to the full name', () => {
    const e = extractEntities(article(['The winger scored off Joel Eriksson Ek’s feed.', 'Later Eriksson Ek was hit, and the captain went after Eriksson Ek again.']));
    assert.deepEqual(names(e.people), ['Joel Eriksson Ek']);
  });

  it('reads a company after "rival" even when its name holds an ordinary word', () => {
    const e = extractEntities(article(['During the year the group bought its rival Grey Lantern, creating a giant.']));
    assert.deepEqual(names(e.organisations), ['Grey Lantern']);
  });
});

describe('extractEntities: bodies before titles, chambers and acronyms that are also names', () => {
  it('reads the body before a title with no name after it, and a chamber after its country', () => {
    const e = extractEntities(article([
      'The senators mourned a former House of Representatives Speaker on Monday.',
      'The Freedonia House of Commons sat late.',
      'Stephen Kingsley King spoke too.',
    ]));
    assert.deepEqual(names(e.organisations), ['Freedonia House of Commons', 'House of Representatives']);
    assert.deepEqual(names(e.people), ['Stephen Kingsley King']);
  });

  it('reads a word in capitals that is also a given name as an acronym when the prose uses it so', () => {
    const e = extractEntities(article(['The fight broke out on a MART train near the station.', 'MART trains were stopped for an hour after it.']));
    assert.deepEqual(names(e.organisations), ['MART']);
  });
});

describe('extractEntities: names after role nouns, and outlets by their kind', () => {
  it('reads a name after a capitalised role noun, a family name that is a town, and no employer in the title', () => {
    const e = extractEntities(article([
      'He was told by former National Security Adviser Ann Bolton to go.',
      'Public Ombudsman Nadia Quel’s office said the deaths were caused by gunshots.',
      'Harbour star Rinaldo was among the crowd.',
    ]));
    assert.deepEqual(names(e.people), ['Ann Bolton', 'Nadia Quel', 'Rinaldo']);
    assert.deepEqual(names(e.organisations), []);
  });

  it('reads "the X newspaper" as an outlet, but not "a major Freedonian newspaper"', () => {
    const e = extractEntities(article(['As reported by the Sentinel newspaper, the plan failed.', 'Comments in a major Freedonian newspaper said otherwise.']));
    assert.deepEqual(names(e.organisations), ['Sentinel']);
  });
});

describe('extractEntities: bodies named only in page furniture', () => {
  it('drops a network named only in a call to follow the site, and a body alone on its line', () => {
    const e = extractEntities(article([
      'The Harbour Transit Authority said fares would rise.',
      'Have a tip? Write to the desk. Follow her on Chirper or on Facebook.',
      'Picturebank Images',
    ]));
    assert.deepEqual(names(e.organisations), ['Harbour Transit Authority']);
  });
});

describe('extractEntities: lists beside a known company', () => {
  it('reads single unknown words listed with a company the lexicon knows as companies', () => {
    const e = extractEntities(article(['Back then, working for Uber or Quillo or Bramble looked like a fine job.']));
    assert.deepEqual(names(e.organisations), ['Bramble', 'Quillo', 'Uber']);
  });

  it('leaves a list of places or people alone', () => {
    const e = extractEntities(article(['Uber staff flew to Paris, Lyon and Quillo, and Uber paid.']));
    assert.ok(!e.organisations.some((o) => o.name === 'Quillo'));
  });
});

describe('extractEntities: a listed company', () => {
  it('reads a company from its ticker, but not the ticker, nor a person from his shares', () => {
    const e = extractEntities(article(['Shares rose after Quillo (NYSE: QLO) said so.', 'Ann Vester sold some of Vester’s shares.']));
    assert.deepEqual(names(e.organisations).filter((n) => n !== 'NYSE'), ['Quillo']);
    assert.deepEqual(names(e.people), ['Ann Vester']);
  });
});

describe('extractEntities: market words', () => {
  it('reads no company from a region before "shares" nor from a market code', () => {
    const e = extractEntities(article(['The index of Asia-Pacific shares closed higher, and spot gold XAU= was up.', 'Quillo shares fell.']));
    assert.deepEqual(names(e.organisations), ['Quillo']);
  });
});

describe('extractEntities: brands after a role, workplaces of layoffs', () => {
  it('reads a camel-case brand after a role noun and the place of layoffs as companies', () => {
    const e = extractEntities(article(['After a lifeline from investor KettleWorks worth $8 billion, the group cut costs, including layoffs at Quillo, which it bought in 2017.']));
    assert.deepEqual(names(e.organisations), ['KettleWorks', 'Quillo']);
  });
});

describe('extractEntities: a body named for a list of subjects', () => {
  it('runs a name on over a list of ordinary words after "on", but not over people', () => {
    const e = extractEntities(article([
      'An analyst at the Council on Energy, Environment and Water think tank spoke.',
      'The Department of Energy, Ann Bee and Carl Dee met.',
    ]));
    assert.deepEqual(names(e.organisations), ['Council on Energy, Environment and Water', 'Department of Energy']);
  });
});

describe('extractEntities: initials', () => {
  it('reads initials before a family name as a person, not as a body', () => {
    const e = extractEntities(article([
      'The sequel was directed by K.T. Morrow, who said it was fun.',
      'D.W. Stone, a lawyer, said the deal was fair. The U.S. Navy declined to comment.',
    ]));
    assert.deepEqual(names(e.people), ['D.W. Stone', 'K.T. Morrow']);
    assert.deepEqual(names(e.organisations), ['U.S. Navy']);
  });
});

describe('extractEntities: family names with an apostrophe, titles before ordinary words', () => {
  it('joins a family name like "O\'Dell" to the full name', () => {
    const e = extractEntities(article([
      "Ann O'Dell won the race on Sunday.",
      "The coach praised O'Dell. O'Dell said she was tired.",
    ]));
    assert.deepEqual(names(e.people), ["Ann O'Dell"]);
  });

  it('reads no person from a title before one ordinary word', () => {
    const e = extractEntities(article([
      'Parties are campaigning ahead of the next General Election, Helen Marsh said.',
      'A biography of Mary Queen of Pirates won. General Brandt spoke too.',
    ]));
    assert.deepEqual(names(e.people), ['Brandt', 'Helen Marsh']);
  });
});

describe('extractEntities: places named by their cue', () => {
  it('reads no person from a place after "in nearby" or "born in"', () => {
    const e = extractEntities(article([
      'Helen Marsh, who was born in nearby Rill Hatton, said the hall would reopen.',
      'Her brother grew up in Carrow Bay.',
    ]));
    assert.deepEqual(names(e.people), ['Helen Marsh']);
  });
});

describe('extractEntities: titles of works', () => {
  it('reads no person from a title after a kind of work, there or where it comes again', () => {
    const e = extractEntities(article([
      "Lorna Hale's gritty drama Moth is about a single father.",
      'Set in a small port, Moth tells the story of a young dad. The film Kitty Marlowe opens next week.',
      'The film director Ann Hill said so.',
    ]));
    assert.deepEqual(names(e.people), ['Ann Hill', 'Lorna Hale']);
  });

  it('reads no person from a title set between commas after a kind of work', () => {
    const e = extractEntities(article(['The exhibition, Lumography, will feature images taken by photographers Dara Venn and Tom Rusk.']));
    assert.deepEqual(names(e.people), ['Dara Venn', 'Tom Rusk']);
  });
});

describe('extractEntities: bodies after a title and products with a model number', () => {
  it('reads no person from the body a title belongs to, nor from a product with its model number', () => {
    const e = extractEntities(article([
      'It will help, says Ann Neu, Head of Platform Solutions for Qascom. Qascom is based in Baar.',
      'Data can be shown on a handheld, such as the Dana Mako 2 which nurses carry.',
    ]));
    assert.deepEqual(names(e.people), ['Ann Neu']);
  });
});

describe('extractEntities: events named after someone', () => {
  it('reads no person from one name before "festival" or "prize", unless the article names the person', () => {
    const e = extractEntities(article([
      'The annual Brontë festival opens today, Helen Marsh said.',
      'The Quint prize went to Ann Vale. Tom Quint said the jury agreed.',
    ]));
    assert.deepEqual(names(e.people), ['Ann Vale', 'Helen Marsh', 'Tom Quint']);
  });
});

describe('extractEntities: "the" before a name ending in an ordinary word', () => {
  it('reads no person from "the annual Fan Vote" or "the Mac Mini", but keeps "the late Ann Vale"', () => {
    const e = extractEntities(article([
      'The band sits third in the annual Fan Vote. The new Mac Mini is small.',
      'The late Ann Vale said so.',
    ]));
    assert.deepEqual(names(e.people), ['Ann Vale']);
  });
});

describe('extractEntities: letters after a name', () => {
  it('reads "QC", "OBE", "MSP" after a name as no part of it, and as a sign of a person', () => {
    const e = extractEntities(article([
      'Tomas Reyl QC quit the panel. Others may follow: Nora Quint QC, Ode Marrow QC and Gavin Morrow OBE.',
      'The party spokesman, Elena Farrow MSP, said the tax was a disguise.',
    ]));
    assert.deepEqual(names(e.people), ['Elena Farrow', 'Gavin Morrow', 'Nora Quint', 'Ode Marrow', 'Tomas Reyl']);
    assert.deepEqual(names(e.organisations), []);
  });

  it('takes a given name before a head word that is also a family name for a person ("Tomas Law"), not for a law', () => {
    const e = extractEntities(article(['Colin Reyl, Tomas Law and Nora Quint have also been tipped for the role. The Sharia Law rules were read out.']));
    assert.deepEqual(names(e.people), ['Colin Reyl', 'Nora Quint', 'Tomas Law']);
  });

  it('does not take a name before "TV" for an organisation ("Top TV cult hit …")', () => {
    const e = extractEntities(article(['Top TV cult hit Harbour Lights has triumphed at the awards, said Nora Quint.']));
    assert.deepEqual(names(e.organisations), []);
  });

  it('takes a given name, particles and a family name no dictionary knows for a person ("Botic van de Zandvoort")', () => {
    const e = extractEntities(article(['Kuzmin had beaten Botic van de Zandvoort 6-2, 6-2, while Ilse de Vries won. I\'m Jewish, she said.']));
    assert.deepEqual(names(e.people), ['Botic van de Zandvoort', 'Ilse de Vries']);
  });

  it('keeps Italian particles inside a name ("Davide dal Monte")', () => {
    const e = extractEntities(article(['Davide dal Monte replaces the injured Marco Verri.']));
    assert.deepEqual(names(e.people), ['Davide dal Monte', 'Marco Verri']);
  });

  it('takes no name from an adverb opening a sentence, a letter alone, or a title ending a sentence', () => {
    const e = extractEntities(article([
      'The firm disclosed a hole in its accounts. Overall, the company\'s debt is close to 12bn euros.',
      'The song plays over a background C note, which is not enough, Tom Reyl said. He was Home Secretary. The party agreed.',
    ]));
    assert.deepEqual(names(e.people), ['Tom Reyl']);
    assert.deepEqual(names(e.organisations), []);
  });

  it('ends a name before the pronoun "I" but keeps a king\'s numeral and a name like I\'Anson', () => {
    const e = extractEntities(article([
      '"If a bid comes in for Nicolas Anders I will speak to the board. Like Kevin I\'d like players," said Tom Reyl.',
      'King Charles I was executed in 1649, said Mary I\'Anson.',
    ]));
    assert.deepEqual(names(e.people), ['Charles I', 'Mary I\'Anson', 'Nicolas Anders', 'Tom Reyl']);
  });

  it('reads "Former Cabinet minister A B" as a person, and "BBC Three and News 24" as no one body', () => {
    const e = extractEntities(article(['Former Cabinet minister Clare Rowe has criticised it. Channels such as BBC Three and News 24 can be seen.']));
    assert.deepEqual(names(e.people), ['Clare Rowe']);
    assert.ok(!names(e.organisations).includes('BBC Three and News'));
  });

  it('takes no person from a team, band or show ending in a plural noun, or from an island', () => {
    const e = extractEntities(article(['Dunmore Sharks beat Leeds, and Ellis Island was busy. The Beverly Ramblers star Jerry Scollard has died, said Albert Montanes.']));
    assert.deepEqual(names(e.people), ['Albert Montanes', 'Jerry Scollard']);
  });

  it('joins an initial and a family name in a team list to the one full name it fits', () => {
    const e = extractEntities(article([
      'Jason Reeve and Ben Colby scored, and Andy Reeve watched from the stand.',
      'England: B Colby; J Reeve, S Thompson.',
    ]));
    assert.deepEqual(names(e.people), ['Andy Reeve', 'Ben Colby', 'Jason Reeve', 'S Thompson']);
  });

  it('takes no person from two capitalised words no list knows in an article in another language', () => {
    const e = extractEntities(article([
      'Die elektronische Akte soll die Versorgung verbessern. Analoge Prozesse sind noch die Regel, und Handschriftliche Dokumentationen sind in vielen Kliniken der Alltag.',
      'Laut Gesetz müssen die Kassen die Akte anbieten, aber die Technische Infrastruktur ist noch nicht bereit.',
    ]));
    assert.deepEqual(names(e.people), []);
  });
});

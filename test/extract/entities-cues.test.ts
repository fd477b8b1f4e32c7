import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities } from '../../src/extract/entities.ts';
import { article as fixture, names } from './fixtures.ts';

const article = (paragraphs: string[]) => fixture(paragraphs, { title: 'Launch delayed' });

describe('extractEntities: names beside job labels, initials and outlets', () => {
  it('reads a middle initial as part of the name', () => {
    const e = extractEntities(article(['Marta B. Quillon, the defendant’s lawyer, spoke to reporters on Monday.']));
    assert.deepEqual(names(e.people), ['Marta B. Quillon']);
  });

  it('cuts a job label in capitals or a capitalised role noun off the name after it', () => {
    const e = extractEntities(article([
      'The league fined Tulsa DL Rocco Mendel after the game.',
      'Harbor Sports NFL Insider Devin Alcott reported the fine on Monday.',
      'In May, the agency’s Director Wilma Franz said the launch would slip.',
    ]));
    assert.deepEqual(names(e.people), ['Devin Alcott', 'Rocco Mendel', 'Wilma Franz']);
    assert.ok(e.organisations.some((o) => o.name === 'Harbor Sports'));
  });

  it('reads an outlet after "told the", and drops a party-and-state tag', () => {
    const e = extractEntities(article(['Senator Ann Pike (D-N.Y.) told The Ledger that she would resign.']));
    assert.deepEqual(names(e.people), ['Ann Pike']);
    assert.deepEqual(names(e.organisations), ['Ledger']);
  });

  it('takes a camel-case word for a company even once, but not two plurals run together', () => {
    const e = extractEntities(article(['Rates rose, according to data from BondHarbor, as LocalsVisitors waited.']));
    assert.deepEqual(names(e.organisations), ['BondHarbor']);
  });
});

describe('extractEntities: credit lines', () => {
  it('takes no people from an agency credit line or an author bio', () => {
    const e = extractEntities(article([
      'The mayor, Ida Brenner, opened the ferry terminal on Monday.',
      '(Reporting by Lena Voss; Editing by Cora Blight)',
      'Nina Caldera is a business reporter for the Harbour Courier.',
    ]));
    assert.deepEqual(names(e.people), ['Ida Brenner']);
    assert.deepEqual(names(e.organisations), []);
  });
});

describe('extractEntities: short forms of one name', () => {
  it('joins a short given name, a middle initial and a suffix to the full name', () => {
    const e = extractEntities(article([
      'Patrick W. Quill Jr., 55, was sentenced on Monday.',
      'Pat Quill wrote to the judge. Quill did not speak.',
    ]));
    assert.equal(e.people.length, 1);
    assert.deepEqual([...e.people[0]!.forms].sort(), ['Pat Quill', 'Patrick W. Quill Jr', 'Quill']);
  });

  it('reads a name that the article also gives with a company head word as that company', () => {
    const e = extractEntities(article([
      'Several bidders, among them Sierra Vista, attended the auction.',
      'Sierra Vista Corporation won the contract.',
    ]));
    assert.deepEqual(names(e.people), []);
    assert.deepEqual(names(e.organisations), ['Sierra Vista Corporation']);
  });
});

describe('extractEntities: names no list knows, and bodies run on into names', () => {
  it('takes two capitalised words that are no English words for a person from another language', () => {
    const e = extractEntities(article(['The final went to Taveko Mirnoshi after Odrun Kelvasz of Norway withdrew.']));
    assert.deepEqual(names(e.people), ['Odrun Kelvasz', 'Taveko Mirnoshi']);
  });

  it('does not take dictionary words, works or venues for such a name', () => {
    const e = extractEntities(article(['The revival of Glass Menagerie opened at Mercury Theatre, near Westminster Hall.']));
    assert.deepEqual(names(e.people), []);
  });

  it('keeps a given name whose family name is also a place word, but not a place named so', () => {
    const e = extractEntities(article(['After Fiona Hill left the council, the office moved to Forest Hill.']));
    assert.deepEqual(names(e.people), ['Fiona Hill']);
  });

  it('cuts a party label off a name, and a known body off the name run on after it', () => {
    const e = extractEntities(article([
      'Four years ago, Republican Ann Pike won the seat in a landslide.',
      'The envoy to the European Union Gordon Varley also attended.',
    ]));
    assert.deepEqual(names(e.people), ['Ann Pike', 'Gordon Varley']);
    assert.ok(e.organisations.some((o) => o.name === 'European Union'));
  });

  it('reads the outlet someone told, with a lower-case "the" before it', () => {
    const e = extractEntities(article(['"It is working," Pike told the Harbour Ledger on Monday.']));
    assert.deepEqual(names(e.organisations), ['Harbour Ledger']);
  });

  it('joins no heading words to a name, and names no body in a list named after it', () => {
    const e = extractEntities(article(['Tim Roe On Ann Pike And Protestors', 'The firm is now in every Fortune 500 company.']));
    assert.ok(!e.people.some((p) => /And/.test(p.name)));
    assert.ok(!e.organisations.some((o) => o.name === 'Fortune'));
  });

  it('reads a family business word at the end of a name as a company', () => {
    const e = extractEntities(article(['A report from Varkot Institutional Equities said Dorvan Steel would gain.']));
    assert.deepEqual(names(e.organisations), ['Dorvan Steel', 'Varkot Institutional Equities']);
    assert.deepEqual(names(e.people), []);
  });
});

describe('extractEntities: roles, family names and tickers', () => {
  it('takes a name after a role even when its given name is also a word, but not a nationality', () => {
    const e = extractEntities(article(['The show ended in a close race against singer Ally Brooke and sprinter Russian Ilse Varga.']));
    assert.ok(names(e.people).includes('Ally Brooke'));
    assert.ok(!names(e.people).some((n) => n.startsWith('Russian')));
  });

  it('joins a family name of several words to the full name', () => {
    const e = extractEntities(article(['James Van Der Beek left the show.', 'Later, Van Der Beek thanked the judges.']));
    assert.deepEqual(names(e.people), ['James Van Der Beek']);
  });

  it('names no body for market tickers, given names in capitals or ordinary words in capitals', () => {
    const e = extractEntities(article(['The index rose (.DJI) while the other fell (.SPX).', 'SEAN ROWE, CO-FOUNDER, said the Harbor Metal Exchange opened.']));
    assert.deepEqual(names(e.organisations), ['Harbor Metal Exchange']);
  });
});

describe('extractEntities: companies named by one word', () => {
  it('reads a company from its shares, its chief executive, where people work, and "its"', () => {
    const e = extractEntities(article([
      'Shares of Zentrix fell 5 percent on Monday, and Quorvo shares rose.',
      'Analysts at Morvane said the deal was fair. Ann Pike previously worked at Talvio.',
      'Brellix’s shareholders met after Brellix lowered its forecast.',
    ]));
    assert.deepEqual(names(e.organisations), ['Brellix', 'Morvane', 'Quorvo', 'Talvio', 'Zentrix']);
    assert.deepEqual(names(e.people), ['Ann Pike']);
  });

  it('does not make a company of a person who owns shares', () => {
    const e = extractEntities(article(['Adam Velloso resigned. The buyout includes $1 billion for some of Velloso’s shares.']));
    assert.deepEqual(names(e.people), ['Adam Velloso']);
    assert.deepEqual(names(e.organisations), []);
  });
});

describe('extractEntities: headings among the paragraphs', () => {
  it('takes no names from a Title Case heading unless the prose names them too', () => {
    const e = extractEntities(article([
      'Fitzgerald Equates Firing With Theft',
      'Case Shows Vexing Lung Disease',
      'The keeper, Mara Quell, said she would appeal.',
    ]));
    assert.deepEqual(names(e.people), ['Mara Quell']);
  });

  it('still reads a credit line or a list, which only look like headings', () => {
    const e = extractEntities(article(['— Ivo Brenner (@ivobrenner) November 18, 2019']));
    assert.deepEqual(names(e.people), ['Ivo Brenner']);
  });
});

describe('extractEntities: firms named by their description', () => {
  it('reads a name in apposition to a firm and a word after a trade as companies', () => {
    const e = extractEntities(article([
      'The council will work with a small Leeds-based software firm, Kestrel Vane, on the app.',
      'Demand is flat, according to freight industry analysts Hollis-Marsh.',
      'The group hired a lawyer, Ann Vale, and a firm, Tom Hill.',
    ]));
    assert.deepEqual(names(e.organisations), ['Hollis-Marsh', 'Kestrel Vane']);
    assert.deepEqual(names(e.people), ['Ann Vale', 'Tom Hill']);
  });
});

describe('extractEntities: names joined by an ampersand', () => {
  it('reads a name holding an ampersand as a firm, but not a pair of given names, a holiday or a pair of artists', () => {
    const e = extractEntities(article([
      'Shares in Marlow & Finch rose, and Tin & Copper Holdings Corp fell.',
      'The Winter & New Year Opening Bill was debated. Ann & Bob hosted the show.',
      'The painters Quill & Hale made the film.',
    ]));
    assert.deepEqual(names(e.organisations), ['Marlow & Finch', 'Tin & Copper Holdings Corp']);
  });
});

describe('extractEntities: web addresses and remits', () => {
  it('reads a firm named by its web address, and a workplace after a job and its remit', () => {
    const e = extractEntities(article([
      'She bought the lamp from Zappo.com last year.',
      'Ann Vale, chief economist for the region at Harbin Generale, told the paper so.',
    ]));
    assert.deepEqual(names(e.organisations), ['Harbin Generale', 'Zappo.com']);
    assert.deepEqual(names(e.people), ['Ann Vale']);
  });
});

describe('extractEntities: head words of firms and departments in titles', () => {
  it('reads an acronym before a head word as one firm, but no department inside a job title', () => {
    const e = extractEntities(article([
      'The survey by QRV Research found that most people agreed.',
      'Prices are rising, said Ann Vale, Head of Applied Research at Kestrel Securities.',
    ]));
    assert.deepEqual(names(e.organisations), ['Kestrel Securities', 'QRV Research']);
  });
});

describe('extractEntities: sports bodies and tickers', () => {
  it("reads a country's name before a sport as its body, and no body from a ticker after an exchange's name or 'shares'", () => {
    const e = extractEntities(article([
      'The deal was agreed by Portugal Cricket on Monday. British Athletics named its team.',
      'Shares in Kestrel Holdings (Harbour Stock Exchange: KSTH) fell. Its registered shares (KSTH) trade daily.',
    ]));
    assert.deepEqual(names(e.organisations), ['British Athletics', 'Harbour Stock Exchange', 'Kestrel Holdings', 'Portugal Cricket']);
  });
});

describe('extractEntities: names after titles and web addresses', () => {
  it('reads a name in apposition to "the <title> of <body>" as a person, and X.info as a body', () => {
    const e = extractEntities(article([
      'The minister told the President of the Harbour Council, Josip Vrell, that the plan was off.',
      'Sources told Quillcheck.info the claims were false.',
    ]));
    assert.deepEqual(names(e.people), ['Josip Vrell']);
    assert.deepEqual(names(e.organisations), ['Harbour Council', 'Quillcheck.info']);
  });
});

describe('extractEntities: companies described by what they make', () => {
  it('reads a name after "crude producer" as a company, but not one after "film producer"', () => {
    const e = extractEntities(article([
      'The firm will buy assets of troubled crude producer Yaskov. Yaskov said it would appeal.',
      'The film producer Ann Vale said so.',
    ]));
    assert.deepEqual(names(e.organisations), ['Yaskov']);
    assert.deepEqual(names(e.people), ['Ann Vale']);
  });
});

describe('extractEntities: a pair with a firm', () => {
  it('reads one unknown word paired with a firm as a firm, but not a family name', () => {
    const e = extractEntities(article([
      'Zentrix and Harbour Lighting Technologies are said to be involved.',
      'Smith and Acme Corp are to blame.',
    ]));
    assert.deepEqual(names(e.organisations), ['Acme Corp', 'Harbour Lighting Technologies', 'Zentrix']);
  });
});

describe('extractEntities: parts of a company', () => {
  it("reads a word before \"'s music division\" as a company, there and where it comes again", () => {
    const e = extractEntities(article(['She was signed to Quiverly as a songwriter. Quiverly’s music division provided demos.']));
    assert.deepEqual(names(e.organisations), ['Quiverly']);
    assert.deepEqual(names(e.people), []);
  });
});

describe('extractEntities: the company a title belongs to', () => {
  it('reads the name after "the CEO of" or "the owners of" as a company, not a word before a noun', () => {
    const e = extractEntities(article([
      'Ann Vale, the CEO of Zorbit, said so. The four owners of Quellfire were blamed.',
      'Tom Hill, founder of Moravian heritage group Free Fields, spoke.',
    ]));
    assert.deepEqual(names(e.organisations), ['Free Fields', 'Quellfire', 'Zorbit']);
  });
});

describe('extractEntities: names of firms, bands and laboratories', () => {
  it('keeps the "’s" of a firm’s name where it owns nothing, and leaves it off before a word it may own', () => {
    const e = extractEntities(article(['The chain is owned by rival Quellan’s.', 'Rival Pemberton’s, which owns 40 stores, said sales fell.', 'Shares of Hobbins’s rose.']));
    assert.deepEqual(names(e.organisations), ['Hobbins', 'Pemberton’s', 'Quellan’s']);
  });

  it('takes the band of a singer or a guitarist named after it', () => {
    const e = extractEntities(article(['Glowline singer Dara Venn was fined on Monday, and former Bramble guitarist Tom Rusk paid his bail.']));
    assert.deepEqual(names(e.organisations), ['Bramble', 'Glowline']);
    assert.deepEqual(names(e.people), ['Dara Venn', 'Tom Rusk']);
  });

  it('reads "Laboratories" and "Lobby" as the heads of organisations’ names', () => {
    const e = extractEntities(article(['Scientists at Arden Valley National Laboratories took part in the study.', 'In 2000 the Drivers’ Fuel Lobby caused chaos by blocking roads.']));
    assert.deepEqual(names(e.organisations), ['Arden Valley National Laboratories', 'Drivers’ Fuel Lobby']);
    assert.deepEqual(names(e.people), []);
  });

  it('takes no organisation from an ordinary word opening the sentence before "group" or "firm"', () => {
    const e = extractEntities(article(['Environmental group Clean Skies Now said the plan was weak.', 'Telecoms firm Rellcom said it would appeal.']));
    assert.deepEqual(names(e.organisations), ['Clean Skies Now', 'Rellcom']);
  });

  it('reads given names joined by a hyphen as a person’s, even after a firm’s description', () => {
    const e = extractEntities(article(['The founder of the DKL consultancy Marie-Louise Gantner agreed that the time was right.']));
    assert.deepEqual(names(e.people), ['Marie-Louise Gantner']);
    assert.deepEqual(names(e.organisations), ['DKL']);
  });

  it('reads the body a spokesperson speaks for, a name after "according to the" and a journal’s name as organisations', () => {
    const e = extractEntities(article([
      '"It is cheap," said Malte Pollmann, spokesman for Lycos Europe.',
      'Prices fell 0.4% in October, according to the Nationwide, the biggest fall this year.',
      'Sales will top a billion dollars, according to the UK-based journal Screen Digest.',
      'A spokesman for John Dorney said he was well.',
      'Adam Quellby resigned. A spokeswoman for Quellby declined to comment.',
    ]));
    assert.deepEqual(names(e.organisations), ['Lycos Europe', 'Nationwide', 'Screen Digest']);
    assert.deepEqual(names(e.people), ['Adam Quellby', 'John Dorney', 'Malte Pollmann']);
  });

  it('takes no person from an ordinary word that no list knows as a name, without a title or an honorific', () => {
    const e = extractEntities(article(['As part of the deal, Federated - owner of two chains - will take on the debt.', 'Mr Dorney, the buyer, agreed.']));
    assert.deepEqual(names(e.people), ['Dorney']);
  });

  it('ends a name before a code of capitals and digits', () => {
    const e = extractEntities(article(['Three-month tin on the Harbour Metal Exchange HMTN3 lost 0.06% to $1,737.00 a tonne.']));
    assert.deepEqual(names(e.organisations), ['Harbour Metal Exchange']);
  });

  it('reads a name whose shares move by a percentage as a company’s, but not a market’s place, a code or an ordinary word', () => {
    const e = extractEntities(article([
      'In London, Corvex fell 2.2% to 55.57 pence, while Arlemor shed 2.1 per cent in Paris.',
      'Paris slipped 1.2%. Sales rose 2.8% to 14.96bn euros. U.S. crude HRc1 rose 1.2% to $56.',
    ]));
    assert.deepEqual(names(e.organisations), ['Arlemor', 'Corvex']);
  });

  it('cuts a hyphenated title off the name of the body before it', () => {
    const e = extractEntities(article(['The Harbour Party Co-Chairman said the choice was clear.']));
    assert.deepEqual(names(e.organisations), ['Harbour Party']);
  });

  it('reads a given name that is also a town’s, before a known family name, as a person’s, but not a park', () => {
    const e = extractEntities(article(['It was led by Digby Jones, director general of the business lobby.', 'The fans met at Lincoln Park on Sunday.']));
    assert.deepEqual(names(e.people), ['Digby Jones']);
  });

  it('reads the other side of a match, and a name before "club", as organisations', () => {
    const e = extractEntities(article([
      'The striker will miss the match against Glenmore on Wednesday, and the final against Tom Rusk is off.',
      'He arrived at the Vasco Moura club with considerable prestige.',
    ]));
    assert.deepEqual(names(e.organisations), ['Glenmore', 'Vasco Moura']);
    assert.deepEqual(names(e.people), ['Tom Rusk']);
  });

  it('takes a name before "spokesman" and a person for the firm that employs them, unless it is a person\'s full name', () => {
    const e = extractEntities(fixture(['"It has often been right," Walter Field spokesman Rupert Vane said. Kestrel Homes spokesman Tom Reyl agreed, and Tony Brenner spokesman Tom Lane did not.'], { title: 'Odds' }));
    assert.deepEqual(names(e.organisations), ['Kestrel Homes', 'Walter Field']);
    assert.deepEqual(names(e.people), ['Rupert Vane', 'Tom Lane', 'Tom Reyl', 'Tony Brenner']);
  });

  it('takes "the Treasury" and "Scotland Yard" for the bodies they are', () => {
    const e = extractEntities(fixture(['Mr Rusk said the Treasury would pay, and Scotland Yard agreed.'], { title: 'Pay' }));
    assert.deepEqual(names(e.organisations), ['Scotland Yard', 'Treasury']);
  });

  it('takes a name right after "firm", "magazine" or "agency" for that body, whatever its shape, but not after "publisher"', () => {
    const e = extractEntities(fixture(['Ian Harris, deputy editor of UK magazine Max Format, said sales rose. Tom Reyl, a specialist at accountancy firm Grant Hollis, agreed.', 'He wrote to married publisher Kimberly Vane.'], { title: 'Sales' }));
    assert.deepEqual(names(e.organisations), ['Grant Hollis', 'Max Format']);
    assert.deepEqual(names(e.people), ['Ian Harris', 'Kimberly Vane', 'Tom Reyl']);
  });

  it('takes a name ending in "Liga" for a league', () => {
    const e = extractEntities(fixture(['The Primera Liga leaders won again, said Tom Reyl.'], { title: 'Football' }));
    assert.deepEqual(names(e.organisations), ['Primera Liga']);
  });

  it('takes "the X said" for a body and "software maker X Software" for a firm, and no name from "I\'ve"', () => {
    const e = extractEntities(fixture(['Jobs rose by 17,000, the Landesbank said. "Sometimes I\'ve said it," said Tom Reyl. The firm would buy software maker Sybor Software.'], { title: 'Jobs' }));
    assert.deepEqual(names(e.organisations), ['Landesbank', 'Sybor Software']);
    assert.deepEqual(names(e.people), ['Tom Reyl']);
  });
});

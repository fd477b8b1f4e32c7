import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import { article } from './fixtures.ts';

function speakers(paragraphs: string[]): Array<[string, string | null]> {
  const input = article(paragraphs, { title: 'Test' });
  return extractQuotes(input, extractEntities(input)).map((q) => [q.text.slice(0, 20), q.speaker?.name ?? null]);
}

describe('quote speakers', () => {
  it('gives "the spokesman said" to the body whose spokesman the text introduced, unless it named him', () => {
    assert.deepEqual(speakers(['A spokesman for Kestrel Homes said the sale was late. "It will be done," the spokesman added.']).map((x) => x[1]), ['Kestrel Homes']);
    assert.deepEqual(speakers(['A spokesman, Tom Rusk, said the sale was late. "It will be done," the spokesman added.']).map((x) => x[1]), ['Tom Rusk']);
  });

  it('does not take "the chancellor" for someone the text calls the shadow chancellor', () => {
    assert.deepEqual(speakers([
      'Ken Dorney has warned his party that the stakes are high.',
      'The chancellor said the vote would give a "clear and fundamental" choice. Mr Dorney accused shadow chancellor Tom Rusk of planning cuts.',
    ]).map((x) => x[1]), ['Ken Dorney']);
  });

  it('resolves "he" to the person a title opening the sentence before stands for', () => {
    assert.deepEqual(speakers([
      'Harbour Minister Ken Dorney has set out his plans.',
      'Rival Tom Rusk said his party offered a "clear choice" on the issue.',
      'The harbour minister said he wanted the work finished by 2008. Speaking on the radio, he said the ferries "are of great value".',
    ]).map((x) => x[1]), ['Tom Rusk', 'Ken Dorney']);
  });

  it('resolves "he" past someone a verb acts on, to whom the text is about', () => {
    assert.deepEqual(speakers([
      '"It is like nothing you have seen," said Rusk, who plays five roles in the film. The film tells of a boy who travels to meet Santa Claus. The actor crossed a bridge in the square, which he said was "almost impossible to get across".',
    ]), [['It is like nothing y', 'Rusk'], ['almost impossible to', 'Rusk']]);
  });

  it('gives a quotation to the person a spokesperson’s appositive names, not to the body they speak for', () => {
    assert.deepEqual(speakers([
      'A spokesman for Kestrel Homes, Dr Ann Vale, told reporters it was "a good day" for buyers.',
      'Cmdr. Tom Hill, a spokesperson for Harbour Watch, the coastal patrol, told reporters the claim "is patently false," he said.',
      'A spokeswoman for Kestrel Homes said the sale was "well ahead of plan".',
    ]), [['a good day', 'Ann Vale'], ['is patently false,', 'Tom Hill'], ['well ahead of plan', 'Kestrel Homes']]);
  });

  it('reads a subject with words the name scan cannot read before the closing speech verb', () => {
    assert.deepEqual(speakers([
      'Argentina beat Chile, with Diego Marquez beating Tomas Ruiz 6-4 in the first match.',
      '"I played one of the best matches of my year," the 14th-ranked Marquez said.',
      '“Our results reflected broad-based growth,” chairman, CEO and president Carl Mendel said in a release.',
      '"We have found the next best thing: water in vapor form," lead researcher and NASA planetary scientist Luke Pagan said.',
    ]).map((x) => x[1]), ['Diego Marquez', 'Carl Mendel', 'Luke Pagan']);
  });

  it('gives a quotation that ended its sentence to its own speaker, not to the next one introduced with a colon', () => {
    assert.deepEqual(speakers([
      'The songwriters Nora Quill and Tess Harlow joined the project early. “It is a different muscle,” Harlow said. “You have to step out of it a little.” Quill agreed: “It is another job altogether.”',
    ]), [
      ['It is a different mu', 'Tess Harlow'],
      ['You have to step out', 'Tess Harlow'],
      ['It is another job al', 'Nora Quill'],
    ]);
  });

  it('resolves a description (nationality, age, former role) to the person a recent sentence is about', () => {
    assert.deepEqual(speakers([
      'Diego Marquez beat Tomas Ruiz 6-4 in the first match on Sunday.',
      '"I played one of the best matches of my year," the Argentine said.',
      'Anna Kowalski won the race in Lisbon. "It was a long day," the 35-year-old said.',
      'Peter Lind, who led the ministry for six years, was at the event. "We did what we could," the former minister said.',
      'Coach Mia Tran said the team would understand if Anna Kowalski stayed home. "It would be great to have her," said the former champion.',
      'Tom Banks said the new film had a warm message. "Christmas is a special time of the year," added the two-time Academy Award winner.',
    ]).map((x) => x[1]), ['Diego Marquez', 'Anna Kowalski', 'Peter Lind', 'Mia Tran', 'Tom Banks']);
  });

  it('leaves a description of someone the text never names without a speaker', () => {
    assert.deepEqual(speakers([
      'Anna Kowalski won the race in Lisbon on Sunday.',
      'A doctor on the scene told reporters that he tried to help. "It was a terrible day for all of us," the doctor said.',
      'Ann Vale spoke first. “Nobody is above the law in this country,” said one legal expert.',
      '“His friendship with the banker is under investigation,” the expert warned.',
      'Later the mayor’s spokesman was asked about Ann Vale. The spokesman said: “She is free to speak for herself.”',
    ]).map((x) => x[1]), [null, null, null, null]);
  });

  it('looks past a scare quote to the person a description stands for', () => {
    assert.deepEqual(speakers([
      'Paula Reed has called for all athletes found guilty on drugs charges to be treated as criminals.',
      'The record holder believes more must be done to rid the sport of the "suspicions and innuendoes" that greet fast times. "Doping in sport is a criminal offence," the 30-year-old told a newspaper.',
    ]).map((x) => x[1]), [null, 'Paula Reed']);
  });

  it('gives a quotation to the one who said it, not to the one reporting it', () => {
    assert.deepEqual(speakers([
      'Paul Carter was arrested in April for the call to the office of Senator Ruth Omen.',
      'During the call, he asked about the group and said, “somebody ought to stop her for good," the prosecutor’s office said.',
      'The staff member who took the call recalled that he said, "I\'ll make sure she stops for good," the U.S. attorney\'s office said.',
    ]).map((x) => x[1]), ['Paul Carter', 'Paul Carter']);
  });

  it('does not give a quotation to the subject of another clause', () => {
    assert.deepEqual(speakers([
      'Ben Holt told the magazine that the star had warmed to the role when he tried on a hat and asked: "How do I look in this?" His assistant, Alma Rusk, said he looked like a gangster.',
    ]).map((x) => x[1]), [null]);
  });

  it('takes a participle after a quotation as going on the subject named before it', () => {
    assert.deepEqual(speakers([
      'Governor Kira Nolan launched the campaign on Monday.',
      'Nolan later tweeted that the state’s drug problem “needs to be a dinner table conversation,” adding “we need everyone on it.”',
    ]).map((x) => x[1]), ['Kira Nolan', 'Kira Nolan']);
  });

  it('does not take a journal for the authors who published in it', () => {
    assert.deepEqual(speakers([
      'Rates of the disorder have risen in states where the drug is legal, according to a study.',
      'The authors of the research published in the journal Clinical Reports argued that the policies brought "important social benefits for many people," while the rise is "a potential public health concern."',
    ]).map((x) => x[1]), [null, null]);
  });

  it('gives words quoted "as saying" to the one quoted, not to the paper quoting', () => {
    assert.deepEqual(speakers([
      'Arab Daily is the largest paper in the region.',
      '"Our reforms have created a new generation of trained women," Arab Daily quoted Prince Saad Karim as saying.',
      'The paper quoted Prince Saad Karim as saying: "We will have women working in the ministry this year."',
      '"They are going to unleash the lawyers on everyone," Mr Kapp is reported as saying.',
    ]).map((x) => x[1]), ['Saad Karim', 'Saad Karim', 'Kapp']);
  });

  it('takes the person rather than the body named after "of"', () => {
    assert.deepEqual(speakers([
      'Aviation analyst Nick Vanden of BNP Paribas described the results as "pretty modest at best".',
    ]).map((x) => x[1]), ['Nick Vanden']);
  });

  it('finds a speaker by a surname the mentions missed, when one person alone has it', () => {
    assert.deepEqual(speakers([
      'The tagline drew ridicule on Monday, but Noem cited the backlash as proof the campaign was working.',
      '“Meth is a serious problem here. We are here to get it out,” Noem tweeted on Monday night.',
      'Noem later tweeted that the state’s meth epidemic “needs to be a dinner table conversation,” adding “we need everyone on it.”',
    ]).map((x) => x[1]), ['Noem', 'Noem', 'Noem']);
  });

  it('takes the subject of the verb an infinitive of saying hangs on', () => {
    assert.deepEqual(speakers([
      'Mark Dale said his concern was justice.',
      'He went on to say: "If we do not get the changes we need, we will vote against the bill."',
      'Ann Vale was quick to add: "Nobody wants that to happen at all."',
    ]).map((x) => x[1]), ['Mark Dale', 'Ann Vale']);
  });

  it('finds the name after role words the tagger reads as a verb ("said race director …")', () => {
    assert.deepEqual(speakers([
      'Paula Reed will run in the race in April.',
      '"It does not get any better than this for the anniversary," said race director David Bedlow. "We now have the greatest runner ever." Three years ago Paula Reed smashed the record.',
    ]).map((x) => x[1]), ['David Bedlow', 'David Bedlow']);
  });

  it('gives a paragraph that is all quotation to the one the paragraph before ends by reporting', () => {
    assert.deepEqual(speakers([
      'The ferry strike entered its second week on Monday.',
      'Union organiser Mateo Varga told reporters the walkout would go on until the owners talked.',
      '“We are not going back without a contract. The owners know where to find us.”',
    ]).map((x) => x[1]), ['Mateo Varga']);
  });

  it('takes the person named after the comma that closes a role after the verb', () => {
    assert.deepEqual(speakers([
      'The committee met on Friday.',
      '"Any partial reform would, in our view, harm that integrity," said its chairman, Sir Antony Greaves.',
      '"The plans are very late and still being rewritten," said the chairman of the Commons education committee, Labour MP Barry Shearer.',
    ]).map((x) => x[1]), ['Antony Greaves', 'Barry Shearer']);
  });

  it('resolves "the company" at the start of a sentence, and "the committee" only to a committee', () => {
    assert.deepEqual(speakers([
      'Acme Bank reported a loss on Thursday.',
      'The company said: "These actions will significantly uplift earnings."',
      'The Department for Transport said the project had failed.',
      'The select committee found that those responsible had been caught up in "a general atmosphere of enthusiasm" at the time.',
    ]).map((x) => x[1]), ['Acme Bank', null]);
  });

  it('does not resolve a pronoun to the name in a photo credit', () => {
    assert.deepEqual(speakers([
      'Paul Carter was arrested in April for the call to the office of Senator Ruth Omen.',
      'Senator Ruth Omen speaks at the Capitol on July 25, 2019. John Applewood / AP file',
      'During the call, he asked about the group and said, “somebody ought to stop her for good," the prosecutor’s office said.',
    ]).map((x) => x[1]), ['Paul Carter']);
  });

  it('gives "he added" to the one quoted last in the paragraph, not to an earlier subject', () => {
    assert.deepEqual(speakers([
      'Hugo Brandt made his name on the stage. He was asked to run the old hall by Mr Petrov, a friend of many years. "I came back to help the town," said Mr Petrov. He said he hoped to hold a yearly Moliere week there. "In a few years the hall could run without me," he added.',
    ]).map((x) => x[1]), ['Petrov', 'Petrov']);
  });

  it('gives a quotation that is a sentence of its own to the person the sentence before is about', () => {
    assert.deepEqual(speakers([
      'Film maker Rosa Lindqvist won the prize on Sunday.',
      'But despite her doubts about the awards, she accepts they have opened doors. "People listen to me now." As for the future, Lindqvist firmly believes in short films. "You are left more to your own devices."',
    ]).map((x) => x[1]), ['Rosa Lindqvist', 'Rosa Lindqvist']);
  });

  it('gives a participle to the person a description opening the sentence stands for', () => {
    assert.deepEqual(speakers([
      'Captain Tomas Reyes will meet Harbour Rovers FC in June. "It will be good for us," Reyes said. The 31-year-old admitted interest in the Harbour Rovers FC tour was immense, calling it "the biggest thing to hit the island in years".',
    ]).map((x) => x[1]), ['Tomas Reyes', 'Tomas Reyes']);
  });

  it('gives a surname to the person, not to the firm whose name holds it', () => {
    assert.deepEqual(speakers([
      'Output is flat, according to analysts Hale-Marwood.',
      '"Countries need energy," said Peter Marwood, director of analysts Hale-Marwood. "We expect output to fall sharply," Mr Marwood said.',
    ]).map((x) => x[1]), ['Peter Marwood', 'Peter Marwood']);
  });

  it('learns a speaker is a man from "he said", so a later "she" is someone else', () => {
    assert.deepEqual(speakers([
      'Singer Ruth Vale woke up after surgery with music in her head.',
      'Her son, film maker Kim Sato, remembers it well. "It was a strange year," he said.',
      'Despite her fame, the singer was nervous. "I was terrified at first," she said.',
    ]).map((x) => x[1]), ['Kim Sato', 'Ruth Vale']);
  });

  it('resolves a pronoun to the subject after an opening phrase, before someone quoted paragraphs back', () => {
    assert.deepEqual(speakers([
      'Joan Ree and Lena Holt recorded the song in a day.',
      'Holt had flown in from Oslo. "It was quick," she said.',
      'As it turned out, Ree had written it years before. And despite all her success, she was nervous. "I was terrified at first," she said.',
    ]).map((x) => x[1]), ['Lena Holt', 'Joan Ree']);
  });

  it('reads a report after a quotation that ended its sentence as a new report, not its attribution', () => {
    assert.deepEqual(speakers([
      'Trade body chief Sir Alan Frost spoke on Monday. "This is a change of heart," Sir Alan Frost told the radio station. "They have listened to us at last." The regulator said it had weighed the views of foreign firms.',
    ]).map((x) => x[1]), ['Alan Frost', 'Alan Frost']);
    assert.deepEqual(speakers([
      'Coach Ana Reyes watched the race. "She was pleased with her run." "I think she will compete." And she admitted the team had worried about the heat.',
    ]).map((x) => x[1]), ['Ana Reyes', 'Ana Reyes']);
    assert.deepEqual(speakers([
      'Tom Vance, from the fathers group, was unhappy.',
      '"We would like to see a plan. "Otherwise agreements fall apart." Mr Vance said he had been told there was no time.',
    ]).map((x) => x[1]), ['Tom Vance', 'Tom Vance']);
  });

  it('gives a quotation after "X told the programme:" to X, not to the one who reports next', () => {
    assert.deepEqual(speakers([
      'Former official Lord Hale backed the review, and Ann Cole spoke after him.',
      'Lord Hale told the BBC\'s evening programme: "I agree with every word of it." Senator Ann Cole said she thought it was fair.',
    ]).map((x) => x[1]), ['Hale']);
  });

  it('gives a paragraph that opens with quotations, run into one another, to the speaker of the paragraph before', () => {
    assert.deepEqual(speakers([
      'Mia Lund, a runner, wants tougher rules. "Doping should be a crime," she added.',
      '"The tests miss too much. "Athletes cannot know the field is level." The federation meets next month to discuss new rules, and it has asked its members for their views on fines and bans.',
    ]).map((x) => x[1]), ['Mia Lund', 'Mia Lund', 'Mia Lund']);
  });

  it('gives a quotation to the one reporting in the sentence right before it, not to the last speaker', () => {
    assert.deepEqual(speakers([
      'Writer Ada Kemp, the newest member, told the panel: "It is like a club." Professor Bo Lindgren, who led the study, said he was shocked at the findings. "We expected some of this, but not this much."',
    ]).map((x) => x[1]), ['Ada Kemp', 'Bo Lindgren']);
  });

  it('resolves "he" to the subject of the sentence before, not to someone named inside a clause of it', () => {
    assert.deepEqual(speakers([
      'Tom Rusk, who ran the label until May, said sales had fallen.',
      '"We need time," he added. However, Ken Dorney, the head of the trade body, said the fall was not as steep as Mr Rusk believed. "It is true that we have problems," he argued.',
    ]).map((x) => x[1]), ['Tom Rusk', 'Ken Dorney']);
  });

  it('resolves "she" to the subject of a sentence opened by "But", not to a rival opening an earlier one', () => {
    assert.deepEqual(speakers([
      'Ana Vidal beat Mia Lund in three sets. Lund, who had lost all her matches, took the first set. But Vidal hit back to take the next two. "I was so nervous," she said.',
    ]).map((x) => x[1]), ['Ana Vidal']);
  });

  it('resolves "he" to a subject named after its role and an opening phrase', () => {
    assert.deepEqual(speakers([
      'Ken Dorney told the court he had never seen the books.',
      'On Monday, defence lawyer Tom Rusk questioned the witness. He asked Mr Dorney whether he knew "anything at all?". "Not that I know of," Mr Dorney replied. "Did you ever see the books?" Mr Rusk pressed.',
    ]).map((x) => x[1]), ['Tom Rusk', 'Ken Dorney', 'Tom Rusk']);
  });

  it('does not take "report" after a name the article opens for a speech verb ("The Kestrel report, entitled …")', () => {
    assert.deepEqual(speakers([
      'The study was written by the Kestrel Institute. "Broadband changes lives," said Tom Rusk, co-author of the Kestrel report. "It is more than speed." The Kestrel report, entitled Fast Times, was paid for by Harbour Net.',
    ]).map((x) => x[1]), ['Tom Rusk', 'Tom Rusk']);
  });

  it('gives a quotation after a passive speech verb to its agent, and takes its subject for no one ("was described by X as")', () => {
    const input = article(['Chief executive Tom Rusk showed the new machine. The Harbourbox was described by Rusk as the "most important box we have made".'], { title: 'Test' });
    const entities = extractEntities(input);
    assert.deepEqual(entities.people.map((p) => p.name), ['Tom Rusk']);
    assert.deepEqual(extractQuotes(input, entities).map((q) => q.speaker?.name ?? null), ['Tom Rusk']);
  });

  it('resolves "he" to a subject named after a country\'s possessive, a party\'s title and an honorific, or an age', () => {
    assert.deepEqual(speakers([
      'Britain\'s Tom Gardener shook off a cold to win the race. Gardener clocked 6.56 seconds, well ahead of Germany\'s Marc Blum, who was second. The world indoor champion said: "I almost went home."',
    ]).map((x) => x[1]), ['Tom Gardener']);
    assert.deepEqual(speakers([
      'Tory peer Lord Tebb said he agreed. "He is far from the worst," he added. Meanwhile, senior Conservative MP Sir Teddy Vale warned that it would be hard. He said: "I suppose we should forgive."',
    ]).map((x) => x[1]), ['Tebb', 'Teddy Vale']);
    assert.deepEqual(speakers([
      '"Being first matters most to me." Mr Toshi wants to outlive everyone.',
      'On the outskirts of Kyoto, 83-year-old Henry Vale contemplates this over golf.',
      '"I think the food has improved," he remarks.',
    ]).map((x) => x[1]).slice(1), ['Henry Vale']);
  });

  it('gives "…,” a spokesman said" to the body the sentence before is about', () => {
    assert.deepEqual(speakers([
      'Kestrel Group backed the price cuts but said rules were still needed. "This is a reminder that the market remains fragile," a spokesman said.',
      'Tom Rusk left early. "It was fine," a spokesman said.',
    ]).map((x) => x[1]), ['Kestrel Group', null]);
  });
});

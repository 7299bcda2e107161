import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

const verifier = useVerifier();
const { kind } = verifier;
const { notServed, served } = pairTests(kind);

// Session 41: generated red teams.

describe('a courtesy said where a message, a call or a greeting opens or closes (prepare-tokens.ts)', () => {
  notServed([
    ['Is it rude to end an email cheers?', 'Is it rude to end an email thanks in advance?'],
    ['My coworker ends every email thanks in advance, is that rude?', 'My coworker ends every email cheers, is that rude?'],
    ['Is it passive aggressive to end an email thanks?', 'Is it passive aggressive to end an email thanks in advance?'],
    ['Should I start my cover letter hello?', 'Should I start my cover letter?'],
    ['Is it unprofessional to start a Slack message hey?', 'Is it unprofessional to start a Slack message hi there?'],
    ['Is it rude to answer the phone hey?', 'Is it rude to answer the phone hello?'],
    ['Can I sign off a letter cheers?', 'Can I sign off a letter sorry?'],
    ['Is it weird to greet my neighbours good evening?', 'Is it weird to greet my neighbours good morning?'],
    ['Is it okay to close a work email thank you?', 'Is it okay to close a work email many thanks?'],
    ['Is it rude to reply to my boss thanks?', 'Is it rude to reply to my boss?'],
    ['Is it rude to start a letter to my landlord hi?', 'Is it rude to start a letter to my landlord?'],
    ['How do I teach my parrot hello?', 'How do I teach my parrot thank you?'],
  ]);
  served([
    ['How do I end a conversation politely?', 'How do I end a conversation politely?'],
    ['Is it rude to end an email with cheers?', 'is it rude to end an email with cheers'],
    ['How do I open a jar that is stuck? Thanks!', 'How do I open a jar that is stuck?'],
    ['How do I start a vegetable garden, thanks', 'How do I start a vegetable garden'],
    ['How do I write an email to my landlord thanks', 'How do I write an email to my landlord'],
    ['How do I answer interview questions about salary thanks', 'How do I answer interview questions about salary'],
    ['How should I end my speech at the wedding? Thanks', 'How should I end my speech at the wedding?'],
    ['Can you teach me Python thanks', 'Can you teach me Python'],
    ['How do I write to my landlord about mould thanks', 'How do I write to my landlord about mould'],
  ]);
});

describe('a consonant dropped from a rare word: another term, not a slip (classify-difference.ts)', () => {
  notServed([
    ['Is dichloromethane toxic?', 'Is dichloroethane toxic?'],
    ['What PPE do I need when handling tetrachloromethane?', 'What PPE do I need when handling tetrachloroethane?'],
    ['Is an ileostomy permanent?', 'Is an ileotomy permanent?'],
    ['How long does a jejunostomy take to heal?', 'How long does a jejunotomy take to heal?'],
  ]);
  served([
    ['How does photosynthesis work?', 'How does photosynthsis work?'],
    ['What is the temperature of the sun?', 'What is the temprature of the sun?'],
    ['How do I protect the environment?', 'How do I protect the enviroment?'],
    ['Can I take ibuprofen with acetaminophen?', 'Can I take ibuprofen with acetaminophn?'],
  ]);
});

describe('parts of a named whole counted: one or all of them (noun-number.ts countsPartsOfWhole)', () => {
  notServed([
    ['How many electrons are in lone pairs on the oxygen in water?', 'How many electrons are in a lone pair on the oxygen in water?'],
    ['How many electrons are in double bonds in CO2?', 'How many electrons are in a double bond in CO2?'],
    ['Count the electrons in pi bonds in benzene.', 'Count the electrons in a pi bond in benzene.'],
    ['How many hydrogen atoms are in methyl groups of acetone?', 'How many hydrogen atoms are in a methyl group of acetone?'],
  ]);
  served([
    ['How many calories are in a banana?', 'How many calories are in bananas?'],
    ['How many calories are in an egg?', 'how many calories are in an egg'],
    ['How many electrons are in a double bond in CO2?', 'How many electrons are in a double bond in CO2, please?'],
  ]);
});

describe('one thing or several in a line of a chat or a list with no closing mark (structural-verifier.ts sentenceOpener)', () => {
  notServed([
    ['Tom: I found a bug in checkout\nPriya: on it\nHow many bugs did Tom find?', 'Tom: I found bugs in checkout\nPriya: on it\nHow many bugs did Tom find?'],
    ['[09:02] Tom: we received an offer from Acme\n[09:03] Ana: nice\nHow many offers did we get?', '[09:02] Tom: we received offers from Acme\n[09:03] Ana: nice\nHow many offers did we get?'],
    ['House rules:\n- Each employee may bring a guest to the summer party\n- Dress code is casual\nHow many guests can I bring?', 'House rules:\n- Each employee may bring guests to the summer party\n- Dress code is casual\nHow many guests can I bring?'],
  ]);
  served([
    ['Tom: I found a bug in checkout\nPriya: on it\nHow many bugs did Tom find?', 'Tom: I found a bug in checkout\nPriya: on it\nhow many bugs did Tom find?'],
    ['How do I train a puppy?\nIt keeps biting\nAny tips?', 'How do I train puppies?\nIt keeps biting\nAny tips?'],
  ]);
});

describe('a consonant dropped from a word people use is still a slip (classify-difference.ts)', () => {
  notServed([
    ['What is the boiling point of methanol?', 'What is the boiling point of ethanol?'],
    ['Is a colostomy reversible?', 'Is a colotomy reversible?'],
  ]);
  served([
    ['How do you get rid of dandruff?', 'How do you get rid of danruff?'],
    ['Is it safe to take melatonin every night?', 'Is it safe to take melatoin every night?'],
    ['Is it safe to eat eggs after the expiration date?', 'Is it safe to eat eggs after the exiration date?'],
    ['How do I grow strawberries in pots?', 'How do I grow straberries in pots?'],
  ]);
});

import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 18: British and American spellings that follow no pattern were taken for two different words, and the
 * pairs that red teams found served wrongly. Each served pair here was refused by the code before (or is a
 * rewording a fix must keep); each not-served pair asks another thing.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('British and American spellings of one word are one word (american-british-english-translator)', () => {
  served([
    ['How often should I rotate my tyres?', 'How often should I rotate my tires?'],
    ['What colour goes with grey?', 'What color goes with gray?'],
    ['How do I get rid of mould in the bathroom?', 'How do I get rid of mold in the bathroom?'],
    ['Is aluminium foil safe in the microwave?', 'Is aluminum foil safe in the microwave?'],
    ['How do I deposit a cheque online?', 'How do I deposit a check online?'],
    ['Best way to clean jewellery at home', 'Best way to clean jewelry at home'],
    ['Why am I so sceptical of everything?', 'Why am I so skeptical of everything?'],
    ['How do I enrol in a community college?', 'How do I enroll in a community college?'],
    ['How do I practise piano every day?', 'How do I practice piano every day?'],
    ['How high is a three storey building?', 'How high is a three story building?'],
    ['What should I get my mum for her birthday?', 'What should I get my mom for her birthday?'],
    ['I learnt French in school, how do I get fluent?', 'I learned French in school, how do I get fluent?'],
    ['How to plough a field', 'How to plow a field'],
    ['We travelled to Rome and cancelled the hotel', 'We traveled to Rome and canceled the hotel'],
  ]);
  notServed([
    // Two units, not two spellings.
    ['How many kilograms in a tonne?', 'How many kilograms in a ton?'],
    ['What is a philtre?', 'What is a filter?'],
    // Where the variety of English is the question, the spelling is the answer.
    ['Is judgement spelled with an e?', 'Is judgment spelled with an e?'],
    ['Is aluminium American or British?', 'Is aluminum American or British?'],
    ['Convert to US English: my favourite colour is grey', 'Convert to US English: my favorite color is gray'],
    ['Which dialect uses tyre?', 'Which dialect uses tire?'],
  ]);
});

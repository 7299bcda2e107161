import { describe, expect, it } from 'vitest';
import { isSpellingVariant, typingSlip } from '../../../../src/cache/verify/word-forms.ts';
import { useVerifier } from './verifier-fixture.ts';

// Red-team round 3, lexicon level: pairs the verifier judged `same` although they ask different things, and the
// near-duplicates next to each rule that must stay `same`.
const fixture = useVerifier();
const { kind, verify } = fixture;

describe('typos: only slips of typing, never a name or a coined word one edit from a word', () => {
  it.each([
    ['In networking, how do I calculate the size of a subnet for 200 hosts?', 'In networking, how do I calculate the size of a subset for 200 hosts?'],
    ['How do I debounce a search input in React?', 'How do I denounce a search input in React?'],
    ['Explain memoization in dynamic programming', 'Explain memorization in dynamic programming'],
    ['How do I validate request bodies with pydantic?', 'How do I validate request bodies with pedantic?'],
    ['Is it safe to pay strangers using venmo?', 'Is it safe to pay strangers using venom?'],
    ['How do I write an upsert query?', 'How do I write an upset query?'],
    ['What are the trade-offs of sharding a database?', 'What are the trade-offs of sharing a database?'],
    ['Should I learn clojure or scala?', 'Should I learn closure or scala?'],
    ['How much does one ethereum cost?', 'How much does one ethereal cost?'],
    ['How do I open a notebook in jupyter?', 'How do I open a notebook in jupiter?'],
    ['How do I export a design from canva?', 'How do I export a design from canvas?'],
    ['Can I use axios in Node?', 'Can I use axis in Node?'],
    ['How do I configure uvicorn workers?', 'How do I configure unicorn workers?'],
    ['How do I upgrade streamlit?', 'How do I upgrade streamline?'],
    ['Is transpiling TypeScript slow?', 'Is transpiring TypeScript slow?'],
    ['What is the best way to rebase a branch?', 'What is the best way to rebate a branch?'],
    ['How do I reset my okta password?', 'How do I reset my okra password?'],
    ['How do I install conda on a Mac?', 'How do I install condo on a Mac?'],
    ['How do I set up a venv on Windows?', 'How do I set up a vent on Windows?'],
    ['Is pytz still needed in Python 3.9?', 'Is putz still needed in Python 3.9?'],
    ['How do I install httpx with pip?', 'How do I install http with pip?'],
    ['What does wandb log during training?', 'What does wand log during training?'],
    ['How do I memoize a function in Python?', 'How do I memorize a function in Python?'],
  ])('does not accept %s / %s', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
  });

  it.each([
    ['Who is starring in the new Dune movie?', 'Who is staring in the new Dune movie?'],
    ['Why was the Keystone XL project scrapped?', 'Why was the Keystone XL project scraped?'],
    ['Is sniping allowed in eBay auctions?', 'Is snipping allowed in eBay auctions?'],
    ['How long does a scarred knee take to heal?', 'How long does a scared knee take to heal?'],
    ['Is canned tuna healthy?', 'Is caned tuna healthy?'],
    ['Is sparring good for beginners?', 'Is sparing good for beginners?'],
    ['Why is my rabbit hopping in circles?', 'Why is my rabbit hoping in circles?'],
    ['Has the error occurred?', 'Has the error occured?'], // the price: a misspelling the lemmatizer reads as a word
  ])('never calls a slip between two forms the lemmatizer reads as words a typo: %s / %s', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
  });

  it.each([
    ['Should the player re-sign with the club?', 'Should the player resign with the club?'],
    ['Is un-ionized ammonia toxic?', 'Is unionized ammonia toxic?'],
    ['When should I re-sort the list?', 'When should I resort the list?'],
    ['How do I re-cover an old sofa?', 'How do I recover an old sofa?'],
    ['Should we re-form the committee?', 'Should we reform the committee?'],
    ['Why did they re-press the album?', 'Why did they repress the album?'],
    ['Should we re-count the votes?', 'Should we recount the votes?'],
  ])('never calls a hyphen added or dropped a typo: %s / %s', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
  });

  it.each([
    ['How do I receive payments?', 'How do I recieve payments?', 'typo'],
    ['Where is the address?', 'Where is the adress?', 'typo'],
    ['How to become a programmer', 'How to become a programer', 'typo'],
    ['What is the environment impact of plastic?', 'What is the enviroment impact of plastic?', 'typo'],
    ['Explain the difference between weather and climate', 'Explain the diffrence between weather and climate', 'typo'],
    ['Which vegetables are healthiest?', 'Which vegtables are healthiest?', 'typo'],
    ['Send me an e-mail', 'Send me an email', 'spelling'],
  ])('still accepts %s / %s', (stored, asked, note) => {
    const verdict = verify(stored, asked);
    expect(verdict.kind).toBe('same');
    expect((verdict as { accepted: readonly string[] }).accepted.join(', ')).toContain(note);
  });

  it('tells slips of typing from other edits', () => {
    expect(typingSlip('recieve', 'receive')).toBe('swap');
    expect(typingSlip('teh', 'the')).toBe('swap');
    expect(typingSlip('venmo', 'venom')).toBeUndefined(); // the last two letters of a longer word
    expect(typingSlip('adress', 'address')).toBe('double');
    expect(typingSlip('programmer', 'programer')).toBe('double'); // a letter doubled
    expect(typingSlip('temperature', 'temprature')).toBeUndefined(); // an added letter, not a dropped one
    expect(typingSlip('coinfection', 'confection')).toBeUndefined(); // …in a long word too: a term of its own
    expect(typingSlip('occured', 'occurred')).toBe('double');
    expect(typingSlip('temprature', 'temperature')).toBe('drop');
    expect(typingSlip('canva', 'canvas')).toBeUndefined(); // the last letter
    expect(typingSlip('axios', 'axis')).toBeUndefined(); // an added letter
    expect(typingSlip('subnet', 'subset')).toBeUndefined(); // a substitution
    expect(typingSlip('pydantic', 'pedantic')).toBeUndefined();
    expect(typingSlip('re-sign', 'resign')).toBeUndefined();
  });
});

describe('spelling variants: two real words need a shared sense, and names never vary', () => {
  it.each([
    ['Why does a violin sound different from a flute? Explain timbre.', 'Why does a violin sound different from a flute? Explain timber.'],
    ['How long does mourning last?', 'How long does morning last?'],
    ['Who leads Labour?', 'Who leads Labor?'],
    ['Weather in Phoenix today', 'Weather in Phenix today'],
    ['In Greek mythology, who is Daedalus?', 'In Greek mythology, who is Dedalus?'],
    ['Is a Caesar salad vegan?', 'Is a Cesar salad vegan?'],
    ['Who is Oedipus in the play?', 'Who is Edipus in the play?'],
    ['Write a prologue for my novel', 'Write a prolog for my novel'],
    ['Is scouring the pan necessary?', 'Is scoring the pan necessary?'],
    ['Why do widows mourn for a year?', 'Why do widows morn for a year?'],
  ])('does not accept %s / %s', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
  });

  it.each([
    ['What is the colour of a ruby?', 'What is the color of a ruby?'],
    ['How to organise a closet', 'How to organize a closet'],
    ['Where is the theatre district?', 'Where is the theater district?'],
    ['What is the centre of the galaxy?', 'What is the center of the galaxy?'],
    ['How strong is our defence?', 'How strong is our defense?'],
    ['Tips for travelling with kids', 'Tips for traveling with kids'],
    ['Why do I keep realising this too late?', 'Why do I keep realizing this too late?'],
  ])('still accepts %s / %s', (stored, asked) => {
    expect(kind(stored, asked)).toBe('same');
  });

  it('matches the patterns on form alone', () => {
    expect(isSpellingVariant('colour', 'color')).toBe(true);
    expect(isSpellingVariant('timbre', 'timber')).toBe(true); // the verifier then asks WordNet
    expect(fixture.lexicon.sharesSense('colour', 'color')).toBe(true);
    expect(fixture.lexicon.sharesSense('timbre', 'timber')).toBe(false);
    expect(fixture.lexicon.sharesSense('mourning', 'morning')).toBe(false);
  });
});

describe('synonyms: the first sense of both in their main part of speech, attested, never names or pronouns', () => {
  it.each([
    ['What is the unit of force?', 'What is the unit of pressure?'],
    ['How old is the universe?', 'How old is the world?'],
    ['Is gaming addictive?', 'Is gambling addictive?'],
    ['What is a class in Python?', 'What is a category in Python?'],
    ['Why is my dog shaking?', 'Why is my tail shaking?'],
    ['Why do they hate us?', 'Why do they hate America?'],
    ['What do you know about me?', 'What do you know about Maine?'],
    ['Where is Carlos from?', 'Where is Sanchez from?'],
    ['Do I need a license to fish here?', 'Do I need a permit to fish here?'],
    ['Where are the transactions of the meeting?', 'Where are the minutes of the meeting?'],
    ['Translate this phrase into Spanish', 'Translate this word into Spanish'],
    ['How do I get a promotion at work?', 'How do I get publicity at work?'],
    ['What caused the crash?', 'What caused the clash?'],
    ['Is he a radical?', 'Is he an extremist?'],
    ['How do I set up a net at home?', 'How do I set up an internet at home?'],
    ['What is the next stage?', 'What is the next phase?'],
    ['Is the dog free?', 'Is the dog loose?'],
    ['Where is John?', 'Where is the toilet?'],
    ['Is a bike allowed on the highway?', 'Is a motorcycle allowed on the highway?'],
    ['Can I visit the castle at night?', 'Can I visit the palace at night?'],
    ['Where is the nearest factory?', 'Where is the nearest mill?'],
    ['How do I make chocolate at home?', 'How do I make cocoa at home?'],
    ['Who is the director of the museum?', 'Who is the manager of the museum?'],
  ])('does not accept %s / %s', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
  });

  it.each([
    ['What happened at Chernobyl?', 'What occurs at Chernobyl?'],
    ['Who bought Twitter?', 'Who purchases Twitter?'],
    ['Who began the war?', 'Who starts the war?'],
    ['Who fixed the bridge?', 'Who repairs the bridge?'],
    ['Which company purchased Slack?', 'Which company buys Slack?'],
    ['Who selected the jury?', 'Who chooses the jury?'],
  ])('blocks a change of tense through a synonym: %s / %s', (stored, asked) => {
    expect(verify(stored, asked)).toMatchObject({ kind: 'different', reason: expect.stringContaining('tense') });
  });

  it.each([
    ['How do I fix a flat tire?', 'How do I repair a flat tire?'],
    ['Best way to buy a laptop', 'Best way to purchase a laptop'],
    ['Who bought the house?', 'Who purchased the house?'],
    ['How to start a podcast', 'How to begin a podcast'],
    ['Give me a big list of verbs', 'Give me a large list of verbs'],
    ['Suggest a good film for tonight', 'Suggest a good movie for tonight'],
    ['Activities for a kid on a rainy day', 'Activities for a child on a rainy day'],
    ['Cheap flights to Lisbon', 'Inexpensive flights to Lisbon'],
    ['Is it hard to learn Korean?', 'Is it difficult to learn Korean?'],
  ])('still accepts %s / %s', (stored, asked) => {
    expect(kind(stored, asked)).toBe('same');
  });

  it('reads the part of speech and the tagged frequency of a sense', () => {
    expect(fixture.lexicon.relation('dog', 'tail')).not.toBe('synonym'); // only "to dog", a rare verb
    expect(fixture.lexicon.relation('force', 'pressure')).not.toBe('synonym'); // "to pressure", pressure is a noun
    expect(fixture.lexicon.relation('gaming', 'gambling')).not.toBe('synonym'); // gaming's sense is never tagged
    expect(fixture.lexicon.relation('world', 'universe')).not.toBe('synonym'); // world's first sense is not dominant
    expect(fixture.lexicon.relation('quick', 'fast')).toBe('synonym');
    expect(fixture.lexicon.relation('fix', 'repair')).toBe('synonym');
  });
});

describe('inflection: noun number and verb agreement only', () => {
  it.each([
    ['How do I make a dressing?', 'How do I make a dress?'],
    ['How do I find the mean?', 'How do I find the meaning?'],
    ['How much does training cost?', 'How much does a train cost?'],
    ['Is there parking near the museum?', 'Is there a park near the museum?'],
    ['What is a bearing?', 'What is a bear?'],
    ['How do I make icing for a cake?', 'How do I make ice for a cake?'],
    ['Can I pay later?', 'Can I pay late?'],
    ['What is the highest mountain in Africa?', 'What is a high mountain in Africa?'],
    ['Is healthcare free in the states?', 'Is healthcare free in the state?'],
    ['Is mining profitable?', 'Is a mine profitable?'],
    ['Where can I study marketing?', 'Where can I study the market?'],
    ['Where can I learn boxing?', 'Where can I learn box?'],
    ['Is the timing right?', 'Is the time right?'],
    ['Which is the best option?', 'Which is the good option?'],
    ['Is the painting valuable?', 'Is the paint valuable?'],
    ['Is the building safe?', 'Is the build safe?'],
    ['Where can I find housing in Berlin?', 'Where can I find a house in Berlin?'],
    ['Which is better for a cold, tea or coffee?', 'Which is good for a cold, tea or coffee?'],
  ])('does not accept %s / %s', (stored, asked) => {
    expect(kind(stored, asked)).not.toBe('same');
  });

  it.each([
    ['How do spiders make webs?', 'How does a spider make webs?'],
    ['Why does a cat purr?', 'Why do cats purr?'],
    ['How are glaciers formed?', 'How is a glacier formed?'],
    ['Why do children dream?', 'Why does a child dream?'],
    ['Why do leaves change color in fall?', 'Why does a leaf change color in fall?'],
  ])('still accepts %s / %s', (stored, asked) => {
    expect(kind(stored, asked)).toBe('same');
  });

  it('knows which forms are inflections', () => {
    for (const [a, b] of [['spiders', 'spider'], ['does', 'do'], ['is', 'are'], ['men', 'man'], ['goes', 'go']] as const) expect(fixture.lexicon.isInflection(a, b)).toBe(true);
    for (const [a, b] of [['dressing', 'dress'], ['running', 'run'], ['later', 'late'], ['best', 'good'], ['highest', 'high']] as const) expect(fixture.lexicon.isInflection(a, b)).toBe(false);
    expect(fixture.lexicon.isLexicalisedPlural('states', 'state')).toBe(true); // "the States"
    expect(fixture.lexicon.tense('happened')).toBe('past');
    expect(fixture.lexicon.tense('occurs')).toBe('present');
    expect(fixture.lexicon.tense('rent')).toBeUndefined(); // rend's past, or to rent
  });
});

describe('frequency words: rates are a closed class', () => {
  it.each([
    ['Pay the bill biweekly or monthly?', 'Pay the bill semiweekly or monthly?'],
    ['Is the newsletter biweekly?', 'Is the newsletter fortnightly?'],
    ['Is the magazine bimonthly?', 'Is the magazine semimonthly?'],
    ['Is the magazine monthly?', 'Is the magazine periodical?'],
    ['Are the safety checks daily?', 'Are the safety checks periodic?'],
    ['Are the backups hourly?', 'Are the backups periodic?'],
    ['Is the exam held biennially?', 'Is the exam held biyearly?'],
  ])('does not accept %s / %s', (stored, asked) => {
    expect(verify(stored, asked)).toMatchObject({ kind: 'different', reason: expect.stringContaining('quantifier') });
  });
});

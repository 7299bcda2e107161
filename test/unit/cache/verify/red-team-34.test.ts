import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 28: a red team writing must-miss pairs category by category (658 pairs) found one mechanism served: a
 * change of how many things are asked about, accepted as an article and an inflection ("without a kidney" /
 * "without kidneys") or as a verb's agreement where the noun is spelled alike in both numbers ("does my sheep" /
 * "do my sheep"). Each not-served pair was \`same\` on the session's start (510725e); the served pairs are
 * neighbours the new rules must keep.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('one thing held, lost, carried or swallowed against several', () => {
  notServed([
    ["Can you live without a kidney?", "Can you live without kidneys?"],
    ["Can you survive without a kidney?", "Can you survive without kidneys?"],
    ["Can you live without a lung?", "Can you live without lungs?"],
    ["Can a person live without an adrenal gland?", "Can a person live without adrenal glands?"],
    ["Can you get pregnant without an ovary?", "Can you get pregnant without ovaries?"],
    ["Can you get pregnant without a fallopian tube?", "Can you get pregnant without fallopian tubes?"],
    ["Can you still have a baby without a fallopian tube?", "Can you still have a baby without fallopian tubes?"],
    ["Can a man father a child without a testicle?", "Can a man father a child without testicles?"],
    ["Is it dangerous to donate a kidney?", "Is it dangerous to donate kidneys?"],
    ["Is it legal to have a wife in Utah?", "Is it legal to have wives in Utah?"],
    ["Can I legally have a husband in India?", "Can I legally have husbands in India?"],
    ["Is it legal in the US to be married to a woman?", "Is it legal in the US to be married to women?"],
    ["My toddler swallowed a magnet, what do I do?", "My toddler swallowed magnets, what do I do?"],
    ["My son swallowed a magnetic ball, is that an emergency?", "My son swallowed magnetic balls, is that an emergency?"],
    ["How much child support will I pay for a kid in Texas?", "How much child support will I pay for kids in Texas?"],
    ["How many acres do I need for a horse?", "How many acres do I need for horses?"],
    ["Can I bring a personal item on Spirit for free?", "Can I bring personal items on Spirit for free?"],
    ["How do I cite a book with an editor in APA?", "How do I cite a book with editors in APA?"],
    ["How do I cite a paper with an author in MLA?", "How do I cite a paper with authors in MLA?"],
  ]);
  served([
    ['How do I train a puppy?', 'How do I train puppies?'],
    ['How do I cook a steak?', 'How do I cook steaks?'],
    ['Can dogs eat a banana?', 'Can dogs eat bananas?'],
    ['Do I need a visa for Japan?', 'Do I need visas for Japan?'],
    ['How do I deal with a narcissist?', 'How do I deal with narcissists?'],
    ['How do I cite a book in APA?', 'How do I cite books in APA?'],
    ['How much does a puppy cost?', 'How much do puppies cost?'],
    ['How do I care for a succulent?', 'How do I care for succulents?'],
    ['What should I feed a kitten?', 'What should I feed kittens?'],
    // A review's (session 28): having, bringing or keeping one or several, where no count is spoken of.
    ['Can I bring a laptop on a plane?', 'Can I bring laptops on a plane?'],
    ['Can you bring a dog to Home Depot?', 'Can you bring dogs to Home Depot?'],
    ['Is it legal to own a fox in Texas?', 'Is it legal to own foxes in Texas?'],
    ['Can I keep a rabbit indoors?', 'Can I keep rabbits indoors?'],
    ['Is it safe to have a cat while pregnant?', 'Is it safe to have cats while pregnant?'],
  ]);
  notServed([
    // The review's: what one or several parts of the body cost or take.
    ['How much does it cost to pull a wisdom tooth?', 'How much does it cost to pull wisdom teeth?'],
    ['How long is recovery after removing a wisdom tooth?', 'How long is recovery after removing wisdom teeth?'],
  ]);
});

describe('one or several in a policy or a leaflet the question is answered from', () => {
  notServed([
    ["You are a helpful legal assistant. Answer only from the lease excerpt below. If the answer is not in the excerpt, say so.\n\nLEASE EXCERPT\n1. Term. The lease term begins on March 1, 2024 and ends on February 28, 2025.\n2. Rent. Tenant shall pay rent of $1,850 per month, due on the first day of each month. A late fee of $75 applies to any payment received after the fifth day of the month.\n3. Security deposit. Tenant has paid a security deposit of $1,850. Landlord shall return the deposit within 30 days after move-out, less deductions for damage beyond normal wear and tear.\n4. Pets. One cat or one dog under 25 pounds is permitted with a $300 pet deposit.\n5. Subletting. Tenant may not sublet the premises without the prior written consent of Landlord, which shall not be unreasonably withheld.\n6. Early termination. Tenant may terminate this lease early by giving 60 days' written notice and paying a fee equal to one month's rent.\n7. Repairs. Landlord is responsible for repairs to plumbing, heating and electrical systems. Tenant is responsible for damage caused by Tenant or Tenant's guests.\n\nQUESTION: Can I have a dog?", "You are a helpful legal assistant. Answer only from the lease excerpt below. If the answer is not in the excerpt, say so.\n\nLEASE EXCERPT\n1. Term. The lease term begins on March 1, 2024 and ends on February 28, 2025.\n2. Rent. Tenant shall pay rent of $1,850 per month, due on the first day of each month. A late fee of $75 applies to any payment received after the fifth day of the month.\n3. Security deposit. Tenant has paid a security deposit of $1,850. Landlord shall return the deposit within 30 days after move-out, less deductions for damage beyond normal wear and tear.\n4. Pets. One cat or one dog under 25 pounds is permitted with a $300 pet deposit.\n5. Subletting. Tenant may not sublet the premises without the prior written consent of Landlord, which shall not be unreasonably withheld.\n6. Early termination. Tenant may terminate this lease early by giving 60 days' written notice and paying a fee equal to one month's rent.\n7. Repairs. Landlord is responsible for repairs to plumbing, heating and electrical systems. Tenant is responsible for damage caused by Tenant or Tenant's guests.\n\nQUESTION: Can I have dogs?"],
    ["You are an HR assistant for Northwind Ltd. Use only the policy below.\n\nHoliday party policy (2024):\n- The party is on Friday, December 13, from 6 pm to 11 pm at the Harbor Hotel.\n- Each employee may bring one guest. Guests must be 21 or older.\n- Contractors and interns are welcome but may not bring a guest.\n- Two drink tickets are provided per attendee; additional drinks are at your own cost.\n- Employees who cannot attend may donate their seat to the charity raffle.\n\nEmployee question: Can I bring a guest?", "You are an HR assistant for Northwind Ltd. Use only the policy below.\n\nHoliday party policy (2024):\n- The party is on Friday, December 13, from 6 pm to 11 pm at the Harbor Hotel.\n- Each employee may bring one guest. Guests must be 21 or older.\n- Contractors and interns are welcome but may not bring a guest.\n- Two drink tickets are provided per attendee; additional drinks are at your own cost.\n- Employees who cannot attend may donate their seat to the charity raffle.\n\nEmployee question: Can I bring guests?"],
    ["Baggage rules for Basic Economy fares on SkyLow Airlines:\n- Included: one personal item that fits under the seat (max 18 x 14 x 8 in).\n- Carry-on bags are not included and cost $45 each at booking, $65 at the gate.\n- Checked bags cost $40 for the first bag and $50 for the second.\n- Infants may travel with one diaper bag at no charge.\n\nQ: Can my baby bring a diaper bag for free?", "Baggage rules for Basic Economy fares on SkyLow Airlines:\n- Included: one personal item that fits under the seat (max 18 x 14 x 8 in).\n- Carry-on bags are not included and cost $45 each at booking, $65 at the gate.\n- Checked bags cost $40 for the first bag and $50 for the second.\n- Infants may travel with one diaper bag at no charge.\n\nQ: Can my baby bring diaper bags for free?"],
    ["Patient leaflet \u2014 Amoxicillin 500 mg capsules\nAdults: one capsule three times a day for 7 days. Children under 40 kg: dose by weight, ask your pharmacist. If you miss a dose, take it as soon as you remember; if it is almost time for the next dose, skip the missed dose. Do not take two doses at once to make up for a missed dose. Common side effects: diarrhoea, nausea, rash.\n\nQuestion: Can I take a capsule at once?", "Patient leaflet \u2014 Amoxicillin 500 mg capsules\nAdults: one capsule three times a day for 7 days. Children under 40 kg: dose by weight, ask your pharmacist. If you miss a dose, take it as soon as you remember; if it is almost time for the next dose, skip the missed dose. Do not take two doses at once to make up for a missed dose. Common side effects: diarrhoea, nausea, rash.\n\nQuestion: Can I take capsules at once?"],
  ]);
});

describe('a verb that alone says one or several, where the noun is spelled alike in both', () => {
  notServed([
    ["How much hay does my sheep need per day?", "How much hay do my sheep need per day?"],
    ["How much grass does my sheep eat a day?", "How much grass do my sheep eat a day?"],
    ["How many gallons does my goldfish need?", "How many gallons do my goldfish need?"],
    ["How big a tank does my fish need?", "How big a tank do my fish need?"],
    ["How much space does my fish need?", "How much space do my fish need?"],
    ["How much does my moose weigh?", "How much do my moose weigh?"],
    ["How much does my deer eat per day in winter?", "How much do my deer eat per day in winter?"],
    ["How many eggs does my quail lay?", "How many eggs do my quail lay?"],
    ["How much hay does my bison need in winter?", "How much hay do my bison need in winter?"],
    ["How much does my spacecraft weigh?", "How much do my spacecraft weigh?"],
  ]);
  served([
    ['What do sheep eat?', 'What does a sheep eat?'],
    ['How are deer adapted to winter?', 'How is a deer adapted to winter?'],
    ['What is a series in math?', 'What are series in math?'],
    ['Why do my fish keep dying?', 'Why does my fish keep dying?'],
    // The review's: a kind or a food, with no determiner, is one answer.
    ['How much is shrimp per pound?', 'How much are shrimp per pound?'],
    ['How long do salmon live?', 'How long does salmon live?'],
    ['How much protein does fish have?', 'How much protein do fish have?'],
  ]);
});

// A second red team (every difference the verifier accepts, 1,068 pairs) found these two classes.
describe('a courtesy word that a verb of signing, whispering or teaching takes as its object', () => {
  notServed([
    ["Why does my daughter sign please all the time?", "Why does my daughter sign all the time?"],
    ["Why does my son whisper sorry?", "Why does my son whisper?"],
    ["How do I stop my kid from mumbling sorry?", "How do I stop my kid from mumbling?"],
    ["How do I abbreviate thank you?", "How do I abbreviate?"],
    ["How do I sign thank you?", "How do I sign?"],
  ]);
  served([
    ['Can you help me write an email please?', 'Can you help me write an email?'],
    ['Sign me up for the newsletter please', 'Sign me up for the newsletter'],
  ]);
});

describe('a feeling emoji that sets the tone of a text to write', () => {
  notServed([
    ["Tell my friend I can't come to the party 😢", "Tell my friend I can't come to the party"],
    ["Write a Yelp review for the hotel 🤮", "Write a Yelp review for the hotel"],
    ["Write a Yelp review for the hotel 😍", "Write a Yelp review for the hotel"],
    ["Write a review for my landlord 😡", "Write a review for my landlord"],
    ["Write a Google review for my dentist 😡", "Write a Google review for my dentist"],
    ["Write a bedtime story for my son 😱", "Write a bedtime story for my son"],
    ["Make up a story about a clown 😱", "Make up a story about a clown"],
    ["Write a eulogy for my grandpa 😂", "Write a eulogy for my grandpa"],
    ["Write a speech for my dad's funeral 😂", "Write a speech for my dad's funeral"],
    ["Write a poem for my girlfriend 💔", "Write a poem for my girlfriend"],
    ["Write a song for my husband 💔", "Write a song for my husband"],
    ["Write a message to my friend who got fired 😂", "Write a message to my friend who got fired"],
  ]);
  served([
    ['How do I reset my password? 😅', 'How do I reset my password?'],
    ['Explain quantum computing 😊', 'Explain quantum computing'],
  ]);
});

import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 22, second wave: pairs that three red teams (direction, roles and voice; output format, audience and
 * constraints; personal context, doses and jurisdiction) found served wrongly (each not-served pair was `same`
 * before this wave) and the rewordings the fixes must keep serving.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('one thing or several, as the object of a sentence that opens with a verb (team FB)', () => {
  notServed([
    ['Add a comment to this function', 'Add comments to this function'],
    ['Add a column to the table', 'Add columns to the table'],
    ['Include a chart for the report', 'Include charts for the report'],
    ['Brainstorm an interview question for a data analyst', 'Brainstorm interview questions for a data analyst'],
    ['Implement a unit test for this function', 'Implement unit tests for this function'],
  ]);
  served([
    ['How do I train a puppy?', 'How do I train puppies?'],
    ['Best oil for frying chicken', 'Best oils for frying chicken'],
    // A review helper's: verbs that act on a kind of thing, where one and several are one how-to.
    ['Cook a steak medium rare in a cast iron pan', 'Cook steaks medium rare in a cast iron pan'],
    ['Handle an exception in Python', 'Handle exceptions in Python'],
    ['Treat a blister on my heel', 'Treat blisters on my heel'],
    ['best protein powder for beginners', 'best protein powders for beginners'],
  ]);
});

describe('one dose or several, taken by the asker (team FC)', () => {
  notServed([
    ['Can I drive after a beer?', 'Can I drive after beers?'],
    ['I had a beer, can I take Xanax?', 'I had beers, can I take Xanax?'],
    ['I took a sleeping pill, can I drive?', 'I took sleeping pills, can I drive?'],
    ['Can I take ibuprofen after a whiskey?', 'Can I take ibuprofen after whiskeys?'],
  ]);
  served([
    ['Can dogs eat bell peppers?', 'Can dogs eat a bell pepper?'],
    ['I have a question about taxes', 'I have questions about taxes'],
    ['What should I eat after a workout?', 'What should I eat after workouts?'],
    // A review helper's: a meal is a time, and whether a kind of food is allowed is one question.
    ['Why do I get so sleepy after a meal?', 'Why do I get so sleepy after meals?'],
    ["Can I eat a potato if I'm diabetic?", "Can I eat potatoes if I'm diabetic?"],
  ]);
});

describe('a separator asked for at the end, changed or dropped (team FB)', () => {
  notServed([
    ['Export the table as CSV separated by ;', 'Export the table as CSV separated by ,'],
    ['Write the list of names separated by :', 'Write the list of names separated by ,'],
    ['Export the table as CSV separated by ;', 'Export the table as CSV separated by'],
  ]);
  served([
    ['Summarize the following:', 'Summarize the following'],
    ['Translate the following text into French:', 'Translate the following text into French'],
    ['What can I make with eggs?', 'What can I make with eggs'],
    // A review helper's: a question's or a sentence's own mark typed apart from a last preposition.
    ['What should I pair salmon with ?', 'What should I pair salmon with'],
    ['What does this error mean ?', 'What does this error mean'],
    ['Here is the text I want you to work with :', 'Here is the text I want you to work with'],
  ]);
});

describe('a separator asked for, typed the way a careless or hostile client types it (hostile review)', () => {
  notServed([
    ['Export the table as CSV separated by ;', 'Export the table as CSV separated by ，'],
    ['Export the table as CSV separated by ;', 'Export the table as CSV separated by,'],
    ['Join the list with ;', 'Join the list with,'],
    ['Export the table as CSV separated by ；', 'Export the table as CSV separated by'],
    ['Export the table as CSV delimited with ;', 'Export the table as CSV delimited with ،'],
  ]);
  served([
    ['List three fruits, thanks,', 'List three fruits, thanks'],
    ['Can you help me with this,', 'Can you help me with this'],
  ]);
});

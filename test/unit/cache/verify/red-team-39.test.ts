import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 33: two red teams. One wrote prompts in Spanish, French, German, Portuguese, Italian and Dutch and mixed
 * with English (57,940 must-miss pairs): antonyms, negation, order, numbers, siblings, question words, pronouns,
 * tense, modals, prepositions and accents all held; four allowances written for English served wrong answers — a
 * question about a text's spelling or punctuation asked in another language, an English "a" dropped before a foreign
 * phrase whose meaning is asked, a leading "In …" moved in German, Dutch or Italian, German's polite "Sie"/"Ihr" in a
 * sentence read as Title Case. The other swapped words a lexical database relates (190,000 pairs): "fix" where it
 * sets or holds, "hard" in terms of their own, "film" in science, a synonym inside a WordNet term of three or four
 * words, "entire" for a stallion. Each not-served pair was `same` on the session's start (41bba0b); the served pairs
 * are near-duplicates the rules must leave alone. Stored text first, as the proxy reads it.
 */
const { kind } = useVerifier();
const { notServed, served } = pairTests(kind);

describe('a question about a text\'s spelling or punctuation, asked in another language', () => {
  notServed([
    ['¿Está bien escrita esta frase? Sin embargo, no vino.', '¿Está bien escrita esta frase? Sin embargo no vino.'],
    ['Est-ce bien écrit ? Cependant, il n\'est pas venu.', 'Est-ce bien écrit ? Cependant il n\'est pas venu.'],
    ['Ich glaube, dass er kommt. Stimmt das so?', 'Ich glaube dass er kommt. Stimmt das so?'],
    ['Juan, ven aquí. ¿Es correcto?', 'Juan, ven aquí? ¿Es correcto?'],
    ['¿Dónde van las comas? ¡Qué bonito día!', '¿Dónde van las comas? Qué bonito día!'],
    ['Ich habe einen Hund. Ist das richtig?', 'ich habe einen hund. ist das richtig?'],
    ['Klopt deze zin? Ik denk dat hij komt.', 'Klopt deze zin? Ik denk, dat hij komt.'],
    ['Revisa la ortografía: Juan, ven aquí.', 'Revisa la ortografía: Juan, ven aquí'],
    ['Cette phrase est-elle correcte ? Lundi, je vais à Paris.', 'Cette phrase est-elle correcte ? Lundi je vais à Paris.'],
    ['Sind hier Fehler drin? Wir gehen morgen ins Kino.', 'Sind hier Fehler drin? Wir gehen morgen ins Kino'],
    ['Tuttavia, non è venuto. È giusto?', 'Tuttavia non è venuto. È giusto?'],
  ]);
  served([
    ['Wie alt ist der Eiffelturm?', 'wie alt ist der Eiffelturm'],
    ['¿Cuál es la capital de Francia?', '¿Cuál es la capital de Francia'],
  ]);
});

describe('an English "a" before a foreign phrase whose meaning is asked', () => {
  notServed([
    ['What does a la carte mean?', 'What does la carte mean?'],
    ['What does a cappella mean?', 'What does cappella mean?'],
    ['What does a veces mean?', 'What does veces mean?'],
    ['What does an sich mean?', 'What does sich mean?'],
    ['what does a pesar de mean', 'what does pesar de mean'],
  ]);
  served([
    ['What does a dog eat?', 'What does dog eat?'],
    ['What does a la carte mean?', 'what does a la carte mean'],
  ]);
});

describe('a leading "In …" moved outside English', () => {
  notServed([
    ['Hoe stuur ik geld naar mijn broer in Spanje?', 'In Spanje, hoe stuur ik geld naar mijn broer?'],
    ['Wie schicke ich Geld an meinen Bruder in Spanien?', 'In Spanien, wie schicke ich Geld an meinen Bruder?'],
    ['Come mando soldi a mio fratello in Spagna?', 'In Spagna, come mando soldi a mio fratello?'],
    ['Wat is 10 in binair?', 'In binair, wat is 10?'],
    ['Come aiuto un amico in prigione?', 'In prigione, come aiuto un amico?'],
  ]);
  served([
    ['Before a marathon, what should I eat?', 'What should I eat before a marathon?'],
    ['In Python, how do I reverse a list?', 'How do I reverse a list in Python?'],
  ]);
});

describe("German's polite Sie and Ihr in a sentence that reads as Title Case", () => {
  notServed([
    ['Sprechen Sie Deutsch?', 'Sprechen sie Deutsch?'],
    ['Wann hat Ihr Sohn Geburtstag?', 'Wann hat ihr Sohn Geburtstag?'],
    ['Ist Ihr Arzt Deutscher?', 'Ist ihr Arzt Deutscher?'],
    ['Können Sie Schwimmen?', 'Können sie schwimmen?'],
  ]);
  served([
    ['Sprechen Sie Deutsch?', 'Sprechen Sie Deutsch'],
    ['What Is Your Favorite Movie', 'what is your favorite movie'],
  ]);
});

describe('a listed synonym where the word has another sense', () => {
  notServed([
    ['How do I fix the header row when scrolling?', 'How do I repair the header row when scrolling?'],
    ['How do I fix the top row in Excel?', 'How do I repair the top row in Excel?'],
    ['How do I fix the position of a div?', 'How do I repair the position of a div?'],
    ['How do I fix a variable in a Stata regression?', 'How do I repair a variable in a Stata regression?'],
    ['Should I fix the intercept at zero?', 'Should I repair the intercept at zero?'],
    ['How do I fix a slide for microscopy?', 'How do I mend a slide for microscopy?'],
    ['Is it illegal to fix a referee?', 'Is it illegal to repair a referee?'],
    ['What is hard labor?', 'What is difficult labor?'],
    ['No hard feelings?', 'No difficult feelings?'],
    ['What is a film in chemistry?', 'What is a movie in chemistry?'],
    ['What is a film badge?', 'What is a movie badge?'],
    ['What is an entire horse?', 'What is a whole horse?'],
    ['What is whole language teaching?', 'What is entire language teaching?'],
  ]);
  served([
    ['How do I fix my bike?', 'How do I repair my bike?'],
    ['How do I fix a leaking faucet?', 'How do I repair a leaking faucet?'],
    ['How do I fix the error at line 5?', 'How do I repair the error at line 5?'],
    ['Why is math so hard?', 'Why is math so difficult?'],
    ['What is the best film of 2020?', 'What is the best movie of 2020?'],
  ]);
});

describe('a synonym inside a term of three or four words', () => {
  notServed([
    ['What is a writ of error?', 'What is a writ of mistake?'],
    ['What is an inborn error of metabolism?', 'What is an inborn mistake of metabolism?'],
    ['What is rapid eye movement sleep?', 'What is fast eye movement sleep?'],
    ['What is a house of ill repute?', 'What is a house of sick repute?'],
    ['What is the anointing of the sick?', 'What is the anointing of the ill?'],
  ]);
  served([
    ['Who is the main character in Hamlet?', 'Who is the chief character in Hamlet?'],
    ['What is the main cause of inflation?', 'What is the chief cause of inflation?'],
  ]);
});

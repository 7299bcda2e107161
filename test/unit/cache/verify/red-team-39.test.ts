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
 * words, "entire" for a stallion. A third wrote numbers and formats (7,500 pairs: separators, dates, times, signs, units,
 * currencies, versions all held): an "a" meaning "per" after a number ("3 a week" / "3 weeks"), a tens word beside a
 * ones word ("fifty five gallon drums" / "50 five …"), digits and words in a text to encode, hash or case. A review
 * of the first versions found them refusing "fix my printer", "What does the check engine light mean?", factual
 * "Ist das richtig, dass …" and others: those are the served pairs here. Each not-served pair was `same` on the session's start (41bba0b); the served pairs
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
    ['Ist der Satz richtig, den mein Arzt gesagt hat, dass Kaffee gesund ist?', 'Ist der Satz richtig den mein Arzt gesagt hat dass Kaffee gesund ist?'],
    ['¿Qué respuesta es correcta?', 'Qué respuesta es correcta?'],
    ['Est-ce correct de manger des œufs tous les jours?', 'Est-ce correct de manger des œufs tous les jours ?'],
    ['¿Cuál es la capital de Francia?', '¿Cuál es la capital de Francia'],
  ]);
});

describe('an English "a" before a foreign phrase whose meaning is asked', () => {
  notServed([
    ['What does a la carte mean?', 'What does la carte mean?'],
    ['What does a cappella mean?', 'What does cappella mean?'],
    ['What does a la mode mean?', 'What does la mode mean?'],
    ['What does an sich mean?', 'What does sich mean?'],
    ['what does a pesar de mean', 'what does pesar de mean'],
  ]);
  served([
    ['What does a dog eat?', 'What does dog eat?'],
    ['What does a la carte mean?', 'what does a la carte mean'],
    ['What does the check engine light mean?', 'What does check engine light mean?'],
    ['What does a segfault mean?', 'What does segfault mean?'],
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
    ['Können Sie mir helfen?', 'KÖNNEN SIE MIR HELFEN?'],
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
    ['What does going whole hog mean?', 'What does going entire hog mean?'],
  ]);
  served([
    ['How do I fix my bike?', 'How do I repair my bike?'],
    ['How do I fix a leaking faucet?', 'How do I repair a leaking faucet?'],
    ['How do I fix the error at line 5?', 'How do I repair the error at line 5?'],
    ['How do I fix my printer?', 'How do I repair my printer?'],
    ["How do I fix my son's bike?", "How do I repair my son's bike?"],
    ['How do I fix the leak at the base of my toilet?', 'How do I repair the leak at the base of my toilet?'],
    ['How do I fix the header file include error?', 'How do I repair the header file include error?'],
    ['Why is math so hard?', 'Why is math so difficult?'],
    ['What is the best film of 2020?', 'What is the best movie of 2020?'],
    ['Best movie with great chemistry between the leads', 'Best film with great chemistry between the leads'],
    ['Where can I watch the film Thin Ice?', 'Where can I watch the movie Thin Ice?'],
    ['Why does my whole dog smell like fish?', 'Why does my entire dog smell like fish?'],
  ]);
});

describe('a synonym inside a term of three or four words', () => {
  notServed([
    ['What is a writ of error?', 'What is a writ of mistake?'],
    ['What is an inborn error of metabolism?', 'What is an inborn mistake of metabolism?'],
    ['What is rapid eye movement sleep?', 'What is fast eye movement sleep?'],
    ['What is a house of ill repute?', 'What is a house of sick repute?'],
    ['Are there houses of ill repute in Amsterdam?', 'Are there houses of sick repute in Amsterdam?'],
    ['What is the anointing of the sick?', 'What is the anointing of the ill?'],
  ]);
  served([
    ['Who is the main character in Hamlet?', 'Who is the chief character in Hamlet?'],
    ['To start with, what is a list in Python?', 'To begin with, what is a list in Python?'],
    ['What is the main cause of inflation?', 'What is the chief cause of inflation?'],
  ]);
});

describe('numbers: "a" for "per", a compound number in words, a text turned into another form', () => {
  notServed([
    ['Is 3 a week enough to lose weight?', 'Is 3 weeks enough to lose weight?'],
    ['Is 1 a day enough to lose weight?', 'Is 1 day enough to lose weight?'],
    ['Is 150 a share expensive for Apple stock?', 'Is 150 shares expensive for Apple stock?'],
    ['Is 200 a square foot too much for a house in Austin?', 'Is 200 square feet too much for a house in Austin?'],
    ['What is 2 a squared if a is 3?', 'What is 2 squared if a is 3?'],
    ['How much water do fifty five gallon drums hold?', 'How much water do 50 five gallon drums hold?'],
    ['I have twenty five dollar bills, how much money is that?', 'I have 20 five dollar bills, how much money is that?'],
    ['How much water do twenty five gallon drums hold?', 'How much water do twenty 5 gallon drums hold?'],
    ['Encode five apples in base64', 'Encode 5 apples in base64'],
    ['What is the SHA256 hash of seven dwarfs?', 'What is the SHA256 hash of 7 dwarfs?'],
    ['In MATLAB, what is size([3 -1])?', 'In MATLAB, what is size([3 - 1])?'],
    ['What is the median of 3 -5 8?', 'What is the median of 3 - 5 8?'],
    ['In Julia, what is length([6 -1 4])?', 'In Julia, what is length([6 - 1 4])?'],
    // Typed carelessly or pasted (a hostile helper, session 33): a no-break space, five spaces, a full-width minus, an em dash.
    ['In MATLAB, what is size([3\u00a0-1])?', 'In MATLAB, what is size([3\u00a0- 1])?'],
    ['In MATLAB, what is size([3     -1])?', 'In MATLAB, what is size([3     - 1])?'],
    ['In MATLAB, what is size([3 －1])?', 'In MATLAB, what is size([3 － 1])?'],
    ['In MATLAB, what is size([3 —1])?', 'In MATLAB, what is size([3 — 1])?'],
  ]);
  served([
    ['Give me 5 tips for sleeping better', 'Give me five tips for sleeping better'],
    ['Is $20 an hour good pay?', 'is $20 an hour good pay'],
    ['How do I handle 3 kids at once?', 'How do I handle three kids at once?'],
    ['Is 7 a prime number?', 'Is 7 prime number?'],
    ['Is 2024 a leap year?', 'is 2024 a leap year'],
    ['What is half a cup in ounces?', 'What is half cup in ounces?'],
    ['Can a battery explode?', 'Can battery explode?'],
    ['List 20 one star hotels in Paris', 'List 20 1 star hotels in Paris'],
    ['Is 0 a square number?', 'Is 0 square number?'],
    ['What is 3 - 1?', 'what is 3 - 1'],
    ['Sort these numbers: 4 -2 9 -7', 'sort these numbers: 4 -2 9 -7'],
    ['My password must be 8 characters, is that enough?', 'My password must be eight characters, is that enough?'],
    ['How do I convert 8 columns to uppercase in Excel?', 'How do I convert eight columns to uppercase in Excel?'],
  ]);
});

// A red team on instructions and constraints (59,000 pairs: audience, length, format, language, tone, persona, scope,
// order held), session 33: an answer-shaping phrase moved onto an embedded task, a fronted phrase's one or several, a
// device added after "and", a face after a request to write about the asker's life.
describe('instructions: a shaping phrase moved, one or several, a face on a writing request', () => {
  notServed([
    ['In a formal tone, explain how to write a text message to a friend.', 'Explain how to write a text message to a friend in a formal tone.'],
    ['In the past tense, describe how to conjugate verbs.', 'Describe how to conjugate verbs in the past tense.'],
    ['In French, explain how to write a formal letter.', 'Explain how to write a formal letter in French.'],
    ['In a tweet, tell me about the immune system.', 'In tweets, tell me about the immune system.'],
    ['With an example, explain recursion.', 'With examples, explain recursion.'],
    ['Explain recursion and add a joke.', 'Explain recursion and add jokes.'],
    ['Write a blog post about inflation and add a table.', 'Write a blog post about inflation and add tables.'],
    ['End your explanation of inflation with a question.', 'End your explanation of inflation with questions.'],
    ['Write a post about my exam results :(', 'Write a post about my exam results'],
    ['Write a review of this restaurant :(', 'Write a review of this restaurant'],
  ]);
  served([
    ['In Python, how do I reverse a list?', 'How do I reverse a list in Python?'],
    ['In Python, explain how to reverse a list.', 'Explain how to reverse a list in Python.'],
    ['For kids, explain how to make slime', 'Explain how to make slime for kids'],
    ['When to use de la in Spanish?', 'In Spanish, when to use de la?'],
    ["In Python, how do I detect if a string like '¿Qué tal?' is Spanish?", "How do I detect if a string like '¿Qué tal?' is Spanish in Python?"],
    ['Write a post about my exam results!', 'Write a post about my exam results'],
    ['Explain recursion and add a joke.', 'explain recursion and add a joke'],
    ['In JSON, show me how to escape a quote.', 'Show me how to escape a quote in JSON.'],
    ['In simple words, explain how to boil an egg.', 'Explain how to boil an egg in simple words.'],
    ['In a formal tone, write a letter to my landlord.', 'Write a letter to my landlord in a formal tone.'],
    ['Explain how to add a file to git.', 'Explain how to add files to git.'],
    ['How do I write a for loop? :(', 'How do I write a for loop?'],
    ['Why was my card declined? :(', 'Why was my card declined?'],
  ]);
});

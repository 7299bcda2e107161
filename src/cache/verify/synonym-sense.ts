import type { Lexicon } from './lexicon.ts';
import type { Token } from './verify-tokens.ts';
import type { SharedWords } from './shared-words.ts';
import { FUNCTION_WORDS, LANGUAGES, NUMBER_WORDS } from './closed-lists.ts';
import {
  ACT, ANIMAL, ARTIFACT, ATTRIBUTE, BODY, COGNITION, COMMUNICATION, DETERMINERS, EVENT, FOOD, GROUP, LOCATION, OBJECT, PERSON, PERSONAL_OBJECTS, POSSESSIVES, PROCESS, PRONOUN_OBJECTS, STATE, STRICT_VERB_SLOT_AFTER, SUBSTANCE, TIME, describedNoun, firstSenseIn, inNounSlot, inVerbSlot, lower, nounAfter, nounBefore, nounIn, objectIn, objectWord, subjectBefore, takesClause, usedAsNoun, wordsIn, wordsInText,
  type WordContext,
} from './word-context.ts';

/**
 * Whether a listed everyday synonym (everyday-synonyms.ts) stands in the sense the two words share, read from
 * the words around it: each listed word has other common uses the list cannot see. "fix my bike" / "repair my
 * bike" share one; "fix the price", "fix my dog", "fix breakfast" do not (fix = set, neuter, cook); "Is the
 * water hard?" is not "difficult", "a deer hide" is no "conceal", "standard error" no "mistake", "film on the
 * glass" no "movie". Checked on each side with its own word: a swap passes only where both readings fit.
 *
 * `start`/`end`: the side's hunk; each listed word in it is checked.
 */
export function synonymFitsContext(tokens: readonly Token[], start: number, end: number, lexicon: Lexicon, shared?: SharedWords): boolean {
  for (let at = start; at < end && at - start < 4; at++) {
    const word = lower(tokens[at]);
    if (word === undefined) continue;
    const lemmas = new Set([word, ...lexicon.lemmas(word)]);
    const gate = GATES.find((candidate) => candidate.words.some((listed) => lemmas.has(listed)));
    if (gate !== undefined && !gate.fits({ tokens, at, lexicon, ...(shared === undefined ? {} : { shared }) })) return false;
  }
  return true;
}

interface Gate {
  words: readonly string[];
  fits(context: WordContext): boolean;
}

/** What is fixed when it is rigged: a match, a race, an election. */
const RIGGED: ReadonlySet<string> = new Set(['dice', 'bout', 'bouts', 'lottery', 'tournament', 'tournaments', 'ballot', 'ballots', 'blame', 'match', 'matches', 'game', 'games', 'fight', 'fights', 'race', 'races', 'election', 'elections', 'vote', 'votes', 'result', 'results', 'odds', 'price', 'prices', 'rate', 'rates', 'date', 'time']);
/** What is fixed on a point, not repaired: "fix my eyes on the horizon", "fix your gaze" (a hostile review, session 35). */
const FIXED_GAZE: ReadonlySet<string> = new Set(['gaze', 'stare', 'attention', 'eyes', 'sights', 'hopes', 'thoughts']);
/** What is made when "fixed": "fix a plate for grandma", "fix me a drink". */
const FIXED_SERVING: ReadonlySet<string> = new Set(['plate', 'plates', 'drink', 'drinks', 'cocktail', 'cocktails', 'bowl', 'snack', 'snacks', 'meal', 'meals', 'sandwich', 'sandwiches', 'coffee', 'tea', 'breakfast', 'lunch', 'dinner']);
/** What is set, held or rigged when "fixed", not repaired: a page's position, a model's intercept, a jury. */
const SET_IN_PLACE: ReadonlySet<string> = new Set([
  'position', 'intercept', 'coefficient', 'coefficients', 'bayonet', 'bayonets', 'nitrogen', 'carbon', 'dye', 'appointment', 'appointments',
  'jury', 'juries', 'referee', 'referees', 'umpire', 'umpires',
]);
/**
 * What is frozen or held in one field's words and repaired elsewhere: a spreadsheet's rows ("fix the top row in
 * Excel"), a model's terms ("fix a variable in a Stata regression", "fix the random seed"), a specimen ("fix a slide
 * for microscopy"). The noun, and words of the field anywhere in its sentence.
 */
const HELD_IN_FIELD: ReadonlyArray<{ nouns: ReadonlySet<string>; field: ReadonlySet<string> }> = [
  { nouns: new Set(['row', 'rows', 'column', 'columns', 'pane', 'panes', 'header', 'headers']), field: new Set(['excel', 'sheets', 'spreadsheet', 'scroll', 'scrolling', 'scrolls', 'freeze', 'frozen', 'sticky']) },
  {
    nouns: new Set(['variable', 'variables', 'parameter', 'parameters', 'effect', 'effects', 'seed', 'weights']),
    field: new Set(['regression', 'stata', 'estimate', 'estimation', 'likelihood', 'bayesian', 'random', 'pytorch', 'tensorflow', 'numpy', 'training', 'reproducible', 'reproducibility', 'mixed', 'model']),
  },
  { nouns: new Set(['slide', 'slides', 'cells', 'tissue', 'specimen', 'specimens', 'sample', 'samples']), field: new Set(['microscopy', 'microscope', 'histology', 'formalin', 'formaldehyde', 'staining', 'fixative']) },
  // A drawing sprayed so it does not smudge, a print in the darkroom's fixer (a red team on senses, session 35).
  {
    nouns: new Set(['drawing', 'drawings', 'sketch', 'sketches', 'pastel', 'pastels', 'print', 'prints', 'photo', 'photos', 'photograph', 'photographs', 'negative', 'negatives', 'artwork', 'film']),
    field: new Set(['charcoal', 'chalk', 'pastel', 'pastels', 'pencil', 'graphite', 'smudge', 'smudging', 'smudges', 'darkroom', 'fixer', 'developer', 'fixative', 'hairspray', 'spray']),
  },
];
/** What a thing is fixed on or into when it is mounted there, not repaired: a wall, a ceiling, concrete. */
const MOUNTING_SURFACES: ReadonlySet<string> = new Set([
  'wall', 'walls', 'ceiling', 'ceilings', 'concrete', 'brick', 'bricks', 'plasterboard', 'drywall', 'plaster', 'tile', 'tiles', 'stud', 'studs',
  'masonry', 'stone', 'door', 'doors', 'fence', 'post', 'posts', 'floor', 'beam', 'beams', 'joist', 'joists', 'timber', 'wood', 'metal', 'glass',
]);
/** What is mounted on a wall or into concrete when it is "fixed" there. */
const MOUNTABLE: ReadonlySet<string> = new Set([
  'shelf', 'shelves', 'mirror', 'mirrors', 'bracket', 'brackets', 'mount', 'mounts', 'tv', 'rail', 'rails', 'handrail', 'handrails', 'curtain', 'curtains',
  'blind', 'blinds', 'hook', 'hooks', 'picture', 'pictures', 'frame', 'frames', 'painting', 'paintings', 'sign', 'signs', 'plaque', 'cabinet', 'cabinets',
  'cupboard', 'cupboards', 'whiteboard', 'clock', 'clocks', 'speaker', 'speakers', 'television', 'bookcase', 'bookshelf', 'rack', 'racks', 'hanger',
  'anchor', 'anchors', 'post', 'posts', 'fence', 'panel', 'panels', 'board', 'boards', 'batten', 'battens', 'trellis', 'canvas', 'poster', 'posters',
]);
/** What is fixed on a wall when it is repaired there: "fix a crack on the wall", "a loose tile on the floor". */
const DAMAGE: ReadonlySet<string> = new Set([
  'hole', 'holes', 'crack', 'cracks', 'leak', 'leaks', 'dent', 'dents', 'scratch', 'scratches', 'chip', 'chips', 'stain', 'stains', 'damp', 'mould', 'mold',
  'tear', 'tears', 'gap', 'gaps', 'rot', 'damage', 'peeling', 'paint', 'water', 'loose', 'squeaky', 'cracked', 'broken', 'leaking', 'leaky', 'damaged',
  'wobbly', 'stuck', 'faulty', 'dead', 'chipped', 'rotten', 'bent', 'torn', 'sagging', 'noisy', 'dripping', 'flickering', 'crooked', 'fallen', 'falling',
]);
/**
 * A film on a body or a surface, or for wrapping: "a white film on my tongue", "a film on my pool water", "film for food
 * packaging" (a red team on senses, session 35); not "watch a film on Windows".
 */
function coatsSurface({ tokens, at }: WordContext): boolean {
  const preposition = lower(tokens[at + 1]) ?? '';
  if (preposition === 'for') return tokens.slice(at + 2, at + 5).some((token) => WRAPPED.has(lower(token) ?? ''));
  if (preposition !== 'on' && preposition !== 'over') return false;
  return tokens.slice(at + 2, at + 5).some((token) => COATED.has(lower(token) ?? ''));
}
const COATED: ReadonlySet<string> = new Set(['tongue', 'teeth', 'pool', 'aquarium', 'tank', 'soup', 'broth', 'skin', 'lips', 'eye', 'eyes', 'water', 'milk', 'coffee', 'tea', 'glasses', 'lens', 'paint', 'leaves', 'surface']);
/** What a film is for when it wraps or covers: "film for food packaging", "film for windows". */
const WRAPPED: ReadonlySet<string> = new Set(['packaging', 'wrapping', 'windows', 'greenhouse', 'greenhouses']);
/** "What is a film in chemistry?": a layer, in a science named right after it (a red team on synonyms, session 33). */
function inScience({ tokens, at }: WordContext): boolean {
  return lower(tokens[at + 1]) === 'in' && SCIENCES.has(lower(tokens[at + 2]) ?? '');
}
const SCIENCES: ReadonlySet<string> = new Set(['chemistry', 'physics', 'biology', 'optics', 'electronics', 'microbiology', 'dentistry']);
/** "buy that excuse", "buy this story": believe it; "buy the farm": die. */
const BELIEFS: ReadonlySet<string> = new Set(['farm', 'story', 'stories', 'excuse', 'excuses', 'argument', 'arguments', 'explanation', 'lie', 'lies', 'idea', 'claim', 'claims', 'line', 'theory', 'act', 'alibi', 'bluff', 'premise']);
/** Heads of what is believed when "bought" (a red team on senses, session 35): "buy the official narrative", "buy the hype". */
const BELIEF_HEADS: ReadonlySet<string> = new Set(['narrative', 'narratives', 'hype', 'propaganda', 'theories', 'nonsense', 'rhetoric', 'myth', 'myths', 'promises', 'reasoning', 'hoax', 'bs', 'bullshit']);
const CHEAP_TERMS: ReadonlySet<string> = new Set(['talk', 'thrill', 'thrills', 'shot', 'shots', 'money']);
/** How a thing looks or feels: "look cheap" is tacky. */
const LOOKING: ReadonlySet<string> = new Set(['look', 'looks', 'looked', 'looking', 'feel', 'feels', 'felt', 'seem', 'seems', 'sound', 'sounds', 'act', 'acting', 'so']);
/** Nouns after which "hard" is firm or fixed, not difficult: "a hard stop", "a hard deadline", "hard skills". */
const FIRM_HARD: ReadonlySet<string> = new Set([
  'stop', 'limit', 'limits', 'deadline', 'deadlines', 'constraint', 'constraints', 'requirement', 'requirements', 'rule', 'rules', 'cap', 'ceiling',
  'floor', 'skills', 'skill', 'no', 'yes', 'start', 'cutoff', 'line', 'copy', 'drive', 'reset', 'sell', 'cash', 'currency', 'data', 'evidence',
  'facts', 'commitment', 'boundary', 'boundaries', 'pass', 'border', 'coded', 'wired', 'launch', 'close', 'fork', 'link', 'refresh',
  // Kinds and things named "hard" (session 19): hard science fiction, a hard inquiry, hard rock, a hard case.
  'science', 'sci-fi', 'scifi', 'inquiry', 'inquiries', 'pull', 'pulls', 'rock', 'metal', 'case', 'cases', 'shell', 'candy', 'cider', 'seltzer',
  'liquor', 'court', 'courts', 'hat', 'hats', 'disk', 'disks', 'top', 'tops', 'palate', 'tissue',
  // Terms of their own (a red team on synonyms, session 33): hard labor, no hard feelings, a hard landing, a hard reboot.
  'labor', 'labour', 'feelings', 'landing', 'landings', 'reboot', 'bounce', 'bounces', 'return', 'freeze', 'money', 'lens', 'lenses',
]);
/** Words after which "hard" or "difficult" takes a clause in -ing: "it's hard learning Spanish", "so hard finding a job". */
const CLAUSE_ADJECTIVE_AFTER: ReadonlySet<string> = new Set(['it', "'s", 'so', 'too', 'very', 'really', 'pretty', 'quite', 'be', 'been', 'being', 'find', 'finds', 'found']);
/** What "hard" before it makes difficult: a task, a question, a subject, a time, a stretch of life. */
const DIFFICULT_THINGS: ReadonlySet<string> = new Set([
  'problem', 'problems', 'question', 'questions', 'task', 'tasks', 'decision', 'decisions', 'choice', 'choices', 'exam', 'exams', 'test', 'tests',
  'quiz', 'quizzes', 'time', 'times', 'situation', 'situations', 'conversation', 'conversations', 'level', 'levels', 'puzzle', 'puzzles', 'riddle',
  'riddles', 'subject', 'subjects', 'language', 'languages', 'word', 'words', 'concept', 'concepts', 'topic', 'topics', 'course', 'courses', 'class',
  'classes', 'job', 'jobs', 'life', 'day', 'days', 'week', 'weeks', 'year', 'years', 'month', 'months', 'period', 'thing', 'things', 'part', 'parts',
  'step', 'steps', 'math', 'maths', 'climb', 'climbs', 'hike', 'hikes', 'trail', 'trails', 'workout', 'workouts', 'exercise', 'exercises', 'pose',
  'poses', 'recipe', 'recipes', 'lesson', 'lessons', 'assignment', 'assignments', 'homework', 'project', 'projects', 'challenge', 'challenges',
  'interview', 'interviews', 'equation', 'equations', 'proof', 'proofs', 'sudoku', 'crossword', 'mode', 'breakup', 'transition', 'season', 'read',
  'book', 'books', 'game', 'games', 'instrument', 'instruments', 'major', 'degree', 'route', 'routes', 'chapter', 'section', 'passage', 'text',
  'pregnancy', 'birth', 'divorce', 'childhood', 'diagnosis', 'recovery', 'move', 'semester', 'winter', 'grieving', 'grief', 'process', 'final',
  'finals', 'presentation', 'presentations', 'negotiation', 'negotiations', 'certification', 'solo', 'essay', 'essays', 'prompt', 'relationship',
  'relationships', 'goodbye', 'goodbyes', 'loss', 'adjustment', 'shift', 'shifts', 'age', 'delivery', 'trip', 'journey', 'phase', 'stage', 'call',
  'match', 'opponent', 'maze',
]);
/** Dishes and foods "quick" or "fast" makes quick to make: "a quick pasta recipe"; "fast food" is a kind of its own. */
const FOOD_WORDS: ReadonlySet<string> = new Set(['pasta', 'soup', 'chicken', 'potato', 'potatoes', 'salad', 'salads', 'dessert', 'desserts', 'appetizer', 'appetizers', 'side', 'sides', 'dish', 'dishes', 'bread', 'breads', 'cake', 'cakes', 'curry', 'stir', 'fry', 'sandwich', 'sandwiches', 'pizza', 'noodles', 'rice', 'eggs', 'egg', 'oatmeal', 'smoothie', 'smoothies', 'cookies', 'muffins', 'pancakes', 'tacos', 'vegan', 'vegetarian', 'keto']);
/** What "quick" or "fast" before it makes speedy, the same either way. */
const SPEEDY_THINGS: ReadonlySet<string> = new Set([
  'way', 'ways', 'method', 'methods', 'recipe', 'recipes', 'meal', 'meals', 'dinner', 'dinners', 'lunch', 'lunches', 'breakfast', 'breakfasts',
  'snack', 'snacks', 'idea', 'ideas', 'tip', 'tips', 'workout', 'workouts', 'exercise', 'exercises', 'route', 'routes', 'trip', 'trips', 'answer',
  'answers', 'response', 'responses', 'reply', 'replies', 'search', 'look', 'overview', 'summary', 'guide', 'tutorial', 'rundown', 'delivery',
  'shipping', 'internet', 'wifi', 'connection', 'learner', 'learners', 'reader', 'readers', 'typist', 'typing', 'reading', 'walk', 'walks', 'run',
  'runs', 'cash', 'money', 'loan', 'loans', 'pace', 'heartbeat', 'heartbeats', 'pulse', 'breathing', 'growth', 'change', 'changes', 'turnaround',
  'recovery', 'results', 'weight', 'progress', 'service', 'check', 'note', 'email', 'message', 'call', 'chat', 'update', 'question', 'questions',
  'shower', 'nap', 'naps', 'drive', 'flight', 'flights', 'journey', 'commute', 'decision', 'decisions', 'thinking', 'thinker', 'steps', 'step',
  'solution', 'solutions', 'cleanup', 'clean', 'edit', 'review', 'read', 'relief', 'remedy', 'remedies', 'hairstyle', 'hairstyles', 'stretch',
  'stretches', 'stretching', 'game', 'games', 'trick', 'tricks', 'hack', 'hacks', 'charging', 'charge', 'acting', 'fact', 'facts', 'treatment',
  'treatments', 'cure', 'cures', 'win', 'wins', 'craft', 'crafts', 'routine', 'routines', 'session', 'sessions', 'bite', 'bites', 'makeup',
  'project', 'projects', 'gift', 'gifts', 'costume', 'costumes', 'tour', 'visit', 'healing', 'loss', 'boost', 'pick', 'picks', 'option', 'options',
  'alternative', 'alternatives', 'lesson', 'lessons', 'course', 'courses',
]);
/** Nouns that are "fast" in another sense: a dye that does not run, a clock that runs ahead. */
const FAST_FAST: ReadonlySet<string> = new Set(['color', 'colour', 'colors', 'colours', 'dye', 'dyes', 'watch', 'clock', 'clocks', 'friend', 'friends']);
/** Terms with "big": big pharma, big tech, big data, the big bang, a big deal, a big brother. */
const BIG_TERMS: ReadonlySet<string> = new Set(['tent', 'pharma', 'tech', 'data', 'bang', 'deal', 'brother', 'sister', 'toe', 'top', 'apple', 'five', 'game', 'shot', 'shots', 'time', 'mac', 'ben', 'wig', 'wigs', 'foot', 'league', 'name', 'picture', 'oil', 'box', 'cat', 'cats', 'dipper', 'heart', 'o', 'mouth', 'head', 'ego']);
const WHOLE_TERMS: ReadonlySet<string> = new Set(['wheat', 'grain', 'grains', 'food', 'foods', 'milk', 'number', 'numbers', 'note', 'notes', 'sale', 'chicken', 'fish', 'life', 'bean', 'beans', 'genome', 'cloth', 'hog', 'nine', 'fruit', 'fruits',
  // An entire horse is a stallion (a red team on synonyms, session 33); an entire function is analytic everywhere.
  'horse', 'horses', 'colt', 'colts', 'blood', 'function', 'functions']);
/** What "whole" names a kind of without a determiner: whole language (a way of teaching), whole cell, whole spices. */
const WHOLE_KINDS: ReadonlySet<string> = new Set(['language', 'cell', 'cells', 'function', 'functions', 'spices', 'spice', 'leaf', 'leaves', 'genome', 'exome', 'slide', 'blood']);
/** "try a case", "try the defendant": in court. */
const COURT_OBJECTS: ReadonlySet<string> = new Set(['case', 'cases', 'defendant', 'defendants', 'suspect', 'suspects', 'accused', 'teen', 'teenager', 'minor', 'juvenile']);

/** What software selects or requires: "select all", "select rows in pandas", "require a module". */
const CODE_OBJECTS: ReadonlySet<string> = new Set([
  'all', 'row', 'rows', 'column', 'columns', 'cell', 'cells', 'text', 'element', 'elements', 'record', 'records', 'field', 'fields', 'node',
  'nodes', 'tag', 'tags', 'div', 'range', 'module', 'modules', 'package', 'packages', 'library', 'libraries', 'gem', 'gems', 'crate',
  'crates', 'dependency', 'dependencies', 'plugin', 'plugins', 'component', 'components', 'file', 'files', 'option', 'options',
]);
/** Words beside which "require" is a module loader's function ("require vs import in JavaScript"). */
const MODULE_WORDS: ReadonlySet<string> = new Set(['module', 'modules', 'esm', 'commonjs', 'import', 'imports', 'export', 'exports', 'npm', 'webpack', 'es6']);
/** Only words that are no everyday predicate ("completely normal", "totally positive" are). */
const MATH_ADVERB_TERMS: ReadonlySet<string> = new Set([
  'bounded', 'ordered', 'disconnected', 'monotone', 'monotonic', 'integrable', 'separable', 'metrizable', 'reducible', 'irreducible', 'unimodular',
  'additive', 'multiplicative', 'geodesic', 'inaccessible',
]);
const REFLEXIVES: ReadonlySet<string> = new Set(['yourself', 'yourselves', 'myself', 'himself', 'herself', 'themselves', 'ourselves', 'oneself']);
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are', 'get', 'gets', 'got', 'getting']);
/** Cars of a train or a cable way, no automobiles. */
const CAR_OF_A_LINE: ReadonlySet<string> = new Set(['train', 'cable', 'subway', 'rail', 'railway', 'railroad', 'dining', 'sleeping', 'box', 'street', 'tram', 'freight', 'passenger', 'elevator', 'roller', 'coaster']);

/** Things named by "telephone" that a "phone" is not: a telephone stand or pole, the game, an operator. */
const TELEPHONE_THINGS: ReadonlySet<string> = new Set(['game', 'stand', 'stands', 'pole', 'poles', 'booth', 'booths', 'operator', 'operators', 'exchange', 'exchanges', 'table', 'tables']);
/** Words beside which a phone is a speech sound. */
const SPEECH_SOUNDS: ReadonlySet<string> = new Set([
  'phoneme', 'phonemes', 'phonetic', 'phonetics', 'phonology', 'phonological', 'allophone', 'allophones', 'linguistics', 'vowel', 'vowels', 'consonant',
  'consonants', 'morpheme', 'grapheme',
  // A language that "has" phones (a red team on surface edits, session 48: "How many phones does English have?").
  'language', 'languages', 'dialect', 'dialects', ...LANGUAGES,
]);
/** What has cars that are no automobiles, named anywhere in the sentence: "Which car should I sit in on an Amtrak train?". */
const CARRIAGES: ReadonlySet<string> = new Set([
  'amtrak', 'shinkansen', 'subway', 'metro', 'tram', 'trams', 'ferris', 'gondola', 'rollercoaster', 'coaster', 'eurostar', 'railway', 'railroad', 'sleeper',
  'locomotive', 'locomotives', 'freight',
]);
/**
 * A train named as a thing anywhere in the text, not "train my dog": after a determiner or a kind of train (a red team on
 * surface edits, session 48: "How many cars does a freight train have?", "Can I move between cars on a moving train?").
 */
const namesATrain = (tokens: readonly Token[], index: number): boolean => DETERMINERS.has(lower(tokens[index - 1]) ?? '') || TRAIN_KINDS.has(lower(tokens[index - 1]) ?? '');
const TRAIN_WORDS: ReadonlySet<string> = new Set(['train', 'trains']);
/** Whose car, or one car: "take the train or my car", "rent a car at the station" (a review, session 48). */
const ONE_CAR: ReadonlySet<string> = new Set(['my', 'your', 'our', 'his', 'her', 'their', 'a', 'an']);
const TRAIN_KINDS: ReadonlySet<string> = new Set(['freight', 'passenger', 'moving', 'bullet', 'commuter', 'express', 'night', 'high-speed', 'cargo', 'steam', 'long', 'local']);
const FILM_AS_MATERIAL: ReadonlySet<string> = new Set([
  'camera', 'cameras', 'glass', 'shower', 'windshield', 'plastic', 'cling', 'roll', 'rolls', 'photographic', 'lens', 'develop',
  'developing', 'developed', 'negatives', '35mm', '120mm', 'coating', 'residue', 'wrap', 'oily', 'tint', 'tinted', 'polaroid', 'kodak',
  'fuji', 'fujifilm', 'leica', 'canon', 'nikon', 'instax', 'emulsion', 'iso', 'exposure', 'greasy', 'sticky', 'mirror', 'soap', 'cloudy',
  'darkroom', 'scanner', 'x-ray', 'xray', 'tooth', 'teeth', 'plaque', 'photography', 'photographer', 'photographers', 'development',
  'protective', 'protector', 'window', 'starter', 'layer',
  'laminate', 'lamination',
  // A photograph's words (a review, session 48: "What is the best film for portraits of kids?").
  'photo', 'photos', 'photograph', 'photographs', 'portrait', 'portraits', 'landscape', 'landscapes', 'expired', 'portra', 'ektar', 'ilford', 'tri-x',
  'cinestill', 'medium', 'format', 'load', 'loading', 'grain',
  // A layer in science (a red team on synonyms, session 33): "a film in chemistry", "thin film deposition", "tear film".
]);
/** "Films like Inception": a title after "like". */
const likeATitle = ({ tokens, at }: WordContext): boolean => lower(tokens[at + 1]) === 'like' && /^\p{Lu}/u.test(tokens[at + 2]?.text ?? '');
/** A year, as the films of one are ranked ("the best film of 2019"). */
const namesYear = (token: Token): boolean => token.kind === 'number' && /^(?:19|20)\d\d$/u.test(token.text);
/** Words that make a "film" a movie: watching it, its makers and cast, its story, genre, awards and where it is shown. */
const MOVIE_WORDS: ReadonlySet<string> = new Set([
  'watch', 'watched', 'watching', 'watches', 'see', 'saw', 'seen', 'director', 'directed', 'directs', 'directing', 'actor', 'actors', 'actress',
  'actresses', 'cast', 'starring', 'starred', 'stars', 'plot', 'scene', 'scenes', 'sequel', 'sequels', 'prequel', 'trailer', 'trailers', 'cinema',
  'cinemas', 'theater', 'theaters', 'theatre', 'theatres', 'netflix', 'hulu', 'hbo', 'disney', 'pixar', 'marvel', 'streaming', 'stream', 'oscar',
  'oscars', 'award', 'awards', 'horror', 'comedy', 'comedies', 'thriller', 'thrillers', 'documentary', 'documentaries', 'animated', 'romantic',
  'romance', 'action', 'drama', 'dramas', 'sci-fi', 'fantasy', 'western', 'noir', 'musical', 'franchise', 'screenplay', 'subtitles', 'dubbed', 'imdb',
  'review', 'reviews', 'rated', 'ending', 'character', 'characters', 'villain', 'soundtrack', 'premiere', 'released', 'release', 'blockbuster',
  'bollywood', 'hollywood', 'anime', 'dvd', 'popcorn', 'festival', 'remake', 'adaptation', 'adapted', 'filmmaker', 'filmmakers', 'genre', 'tonight',
  'kids', 'family', 'christmas', 'halloween', 'date', 'about', 'based', 'won', 'nominated', 'box', 'budget', 'spielberg', 'nolan', 'tarantino',
  'scorsese', 'kubrick', 'hitchcock', 'leads', 'chemistry', 'story', 'storyline', 'funny', 'scary', 'sad', 'cry', 'love', 'movie', 'movies',
  'grossing', 'highest-grossing', 'bond', 'trilogy', 'ghibli', 'decade', 'tv', 'show', 'shows', 'series', ...LANGUAGES,
]);
/** Words beside "film" that make it a layer (a red team on synonyms, session 33): thin film, film badge, oxide film. */
const FILM_LAYER_BESIDE: ReadonlySet<string> = new Set([
  'badge', 'badges', 'thin', 'deposition', 'oxide', 'polymer', 'semiconductor', 'dosimeter', 'tear', 'passive',
  // Photographic film's own terms (a hostile review, session 35): film speed, film stock, film format, film grain.
  'speed', 'stock', 'stocks', 'format', 'formats', 'grain', 'negative', 'negatives', 'processing', 'base', 'sizes',
]);
const KID_AS_ANIMAL: ReadonlySet<string> = new Set([
  'goat', 'goats', 'sheep', 'deer', 'antelope', 'herd', 'leather', 'glove', 'gloves', 'kidding',
  // A young animal's words in its sentence, "my kid" too (a red team on surface edits, session 48: "Why is my kid not
  // nursing from the doe?", "What's the difference between a kid and a lamb?", "Should I disbud my kid?"; not "calf",
  // "its", which a child has too).
  'doe', 'lamb', 'lambs', 'foal', 'foals', 'piglet', 'piglets', 'disbud', 'disbudded', 'disbudding', 'dehorn', 'dehorning', 'wether', 'wethers',
  'udder', 'colostrum',
  // What is done to a young goat, not to a child (a red team, session 56: "At what age can a kid be castrated?", "When
  // can a kid be weaned from its mother?").
  'castrate', 'castrated', 'castrating', 'castration', 'wean', 'weaned', 'weaning',
]);
/**
 * Words anywhere in the text that make a "kid" a goat's or a "film" a camera's, though another sentence says so ("We
 * raise Boer goats. At what age should a kid be weaned?", "I'm shooting on a Pentax K1000. Which film should I buy?": a
 * hand-written red team, session 43).
 */
const GOAT_WORDS: ReadonlySet<string> = new Set(['goat', 'goats', 'doe', 'doeling', 'doelings', 'buckling', 'kidded', 'kidding', 'boer', 'nubian', 'udder']);
const CAMERA_WORDS: ReadonlySet<string> = new Set([
  'camera', 'cameras', 'lens', 'lenses', '35mm', '120mm', 'polaroid', 'kodak', 'fuji', 'fujifilm', 'leica', 'canon', 'nikon', 'instax', 'pentax',
  'minolta', 'olympus', 'hasselblad', 'darkroom', 'slr', 'rangefinder',
]);
const ASKERS_OWN: ReadonlySet<string> = new Set(['my', 'our', 'your']);
/** What one does with a camera's film, in the film's own sentence: "Which film should I buy?", "… load …". */
const FILM_USES: ReadonlySet<string> = new Set(['buy', 'load', 'loaded', 'develop', 'use', 'shoot', 'scan', 'expose', 'get', 'recommend', 'iso', 'speed', 'stock', 'expired']);
/** Goat words that name a food or a thing made of one, not a herd ("goat cheese", "goat milk", "goat yoga"). */
const GOAT_PRODUCTS: ReadonlySet<string> = new Set(['cheese', 'milk', 'yoga', 'meat', 'curry', 'soap', 'stew', 'leather']);
/** A goat word that names a herd, not a food ("goat cheese"). */
const namesHerd = (tokens: readonly Token[], index: number) => !GOAT_PRODUCTS.has(lower(tokens[index + 1]) ?? '');
/** Words that make "error" a term of a field: standard error, syntax error, margin of error, error message. */
const ERROR_TERMS_BEFORE: ReadonlySet<string> = new Set([
  'standard', 'syntax', 'runtime', 'type', 'rounding', 'sampling', 'measurement', 'compile', 'compiler', 'fatal', 'server', 'internal',
  'network', 'logic', 'logical', 'margin', 'absolute', 'relative', 'squared', 'experimental', 'systematic', 'random', 'trial',
  'parse', 'parsing', 'reference', 'value', 'key', 'index', 'attribute', 'name', 'import', 'assertion', 'segmentation', 'memory',
  'floating', 'truncation', 'approximation', 'estimation', 'prediction', 'training', 'test', 'validation', 'generalization', 'bayes',
  'percent', 'percentage', 'mean', 'root', 'http', 'cors', 'ssl', 'dns', 'tracking', 'forced', 'unforced',
  // Terms of law and statistics (a red team on senses, session 35): harmless, plain and reversible error on appeal.
  'harmless', 'plain', 'reversible', 'alpha', 'beta', 'quantization', 'discretization', 'bit', 'soft', 'hard',
]);
/** A game whose "errors" are a statistic: "How many errors did the Yankees commit?" counts no mistakes. */
const ERRORS_COUNTED: ReadonlySet<string> = new Set(['baseball', 'softball', 'inning', 'innings', 'mlb', 'shortstop', 'infielder', 'outfielder', 'fielding', 'scorer', 'scorekeeper', 'yankees', 'dodgers']);
/** Who answers to someone (reports to them): "Who do you answer to?", "the CEO must answer to the board". */
const ANSWERING_SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'who', 'must', 'should', 'will', 'would', 'can', 'could', 'to', 'ceo', 'ceos', 'president', 'manager', 'board']);
/** A reply or an answer that is a filing or a key: "a reply brief", "an answer key", "an answer to a complaint". */
const ANSWER_TERMS_AFTER: ReadonlySet<string> = new Set(['brief', 'briefs', 'key', 'keys', 'sheet', 'sheets']);
const LEGAL_FILINGS: ReadonlySet<string> = new Set(['lawsuit', 'complaint', 'petition', 'summons', 'claim', 'suit', 'motion', 'counterclaim', 'indictment']);
/** Words of a text where "answer" and "reply" are two things: a pleading, or calls and automatic messages. */
const ANSWER_AS_TERM: ReadonlySet<string> = new Set([
  ...LEGAL_FILINGS, 'defendant', 'defendants', 'plaintiff', 'plaintiffs', 'respondent', 'petitioner', 'file', 'files', 'filed', 'filing', 'amend', 'court',
  'divorce', 'deadline', 'pleading', 'pleadings', 'call', 'calls', 'phone', 'iphone', 'android', 'headset', 'bluetooth', 'auto', 'automatic',
  'automatically', 'gmail', 'outlook', 'voicemail', 'watch', 'airpods', 'earbuds', 'teams', 'whatsapp', 'facetime', 'carplay', 'car', 'counsel',
  'appeal', 'sued', 'served',
]);
/** Kinds of fasting before "fast": "a juice fast", "a water fast", "a 3-day fast". */
const FAST_KINDS: ReadonlySet<string> = new Set(['juice', 'water', 'dry', 'intermittent', 'ramadan', 'daniel', 'day', 'days', 'hour', 'hours', 'week', 'long', 'prolonged', 'extended', 'partial', 'religious']);
const ERROR_TERMS_AFTER: ReadonlySet<string> = new Set(['message', 'messages', 'code', 'codes', 'handling', 'handler', 'bar', 'bars', 'rate', 'rates', 'term', 'terms', 'log', 'logs', 'correction', 'function', 'analysis', 'propagation', 'page', 'boundary', 'boundaries', 'bound', 'bounds', 'budget', 'budgets', 'checking', 'detection', 'recovery', 'state', 'level', 'levels']);

/**
 * Each group of listed words and where they keep their shared sense. A word in no group (whole, entire, maybe,
 * perhaps…) has no other common use to tell apart.
 */
const GATES: readonly Gate[] = [
  // fix = repair only for made things: not "fix the price" (set), "fix my dog" (neuter), "fix breakfast" (cook), "fix my hair".
  // Nor "fix the camera to the tripod" (attach), "fix a match" (rig); a leak, a crack, a scratch are fixed too.
  {
    words: ['fix', 'repair', 'mend'],
    fits: (context) => {
      if (!inVerbSlot(context)) return false;
      // "My laptop needs fixing": no object after it.
      if (['need', 'needs', 'needed'].includes(lower(context.tokens[context.at - 1]) ?? '')) return true;
      if (context.tokens.slice(context.at + 1, context.at + 5).some((token) => RIGGED.has(lower(token) ?? ''))) return false;
      // The object's head only: "fix my eyes on the horizon", "fix a plate for grandma"; not "fix my coffee maker".
      const head = nounAfter(context);
      if (head !== undefined && (FIXED_GAZE.has(head) || FIXED_SERVING.has(head))) return false;
      // Any object but a food, an animal or a body part ("fix breakfast", "fix my dog", "fix my hair"); a brand the
      // lexicon lacks ("fix my iPhone") is a made thing.
      const next = lower(context.tokens[context.at + 1]);
      const named = nounAfter(context);
      if (named === undefined && !(next !== undefined && PRONOUN_OBJECTS.has(next)) && context.tokens[context.at + 1]?.kind !== 'word') return false;
      // A capitalised name is a make or a model ("my Vespa", "my Tesla"), whatever else WordNet says it is.
      const capitalised = context.tokens.slice(context.at + 1, context.at + 5).some((token) => token.kind === 'word' && lower(token) === named && /^\p{Lu}/u.test(token.text));
      if (!capitalised && firstSenseIn(named, context.lexicon, [FOOD, ANIMAL, BODY])) return false;
      // Set, held or frozen in place, not repaired: "fix the header row" in a spreadsheet, "fix the position of a div",
      // "fix the intercept at zero", "fix a slide" for a microscope, "fix bayonets"; rigged: "fix a jury", "fix the
      // referee" (a red team on synonyms, session 33).
      // The object's noun, or the pronoun standing for it ("fix it at zero").
      let index = context.at + 1;
      if (named !== undefined) while (index < context.tokens.length && index <= context.at + 6 && lower(context.tokens[index]) !== named) index++;
      // The object's nouns, a compound's second one too ("a charcoal drawing").
      const objectNouns = context.tokens.slice(context.at + 1, context.at + 5).map((token) => lower(token) ?? '');
      if (named !== undefined && (SET_IN_PLACE.has(named) || HELD_IN_FIELD.some(({ nouns, field }) => (nouns.has(named) || objectNouns.some((noun) => nouns.has(noun))) && wordsIn(context, field)))) return false;
      // Attached: "fix the shelf to the wall", "fix it in place" — "to"/"onto"/"in place" right after the object's noun.
      const after = lower(context.tokens[index + 1]);
      if (after === 'to' || after === 'onto' || (after === 'in' && lower(context.tokens[index + 2]) === 'place')) return false;
      // Mounted: "fix a shelf on a brick wall", "fix a TV bracket into concrete", "fix a mirror on the wall" — not a
      // crack or a leak there, which is repaired.
      // Read past a compound's second noun ("a TV bracket into concrete").
      let preposition = index + 1;
      while (preposition < index + 3 && lower(context.tokens[preposition]) !== undefined && !FUNCTION_WORDS.has(lower(context.tokens[preposition])!)) preposition++;
      const mountedBy = lower(context.tokens[preposition]);
      const object = lower(context.tokens[preposition - 1]) ?? named ?? '';
      const damaged = context.tokens.slice(context.at + 1, preposition).some((token) => DAMAGE.has(lower(token) ?? ''));
      if ((mountedBy === 'into' || mountedBy === 'on' || mountedBy === 'against') && MOUNTABLE.has(object) && !damaged && context.tokens.slice(preposition + 1, preposition + 5).some((token) => MOUNTING_SURFACES.has(lower(token) ?? ''))) return false;
      // Held at a value: "fix the rate at 5%", "fix it at zero", "… at $50k"; not "fix the leak at the base".
      const atValue = after === 'at' ? context.tokens[index + 2] : undefined;
      return !(atValue !== undefined && (atValue.kind === 'number' || /^[$€£¥]?\d/u.test(atValue.text) || NUMBER_WORDS.has(lower(atValue) ?? '')));
    },
  },
  // Not "buy time", "buy the story" (believe it), "buy him" (bribe).
  { words: ['buy', 'purchase'], fits: (context) => inVerbSlot(context) && !PERSONAL_OBJECTS.has(lower(context.tokens[context.at + 1]) ?? '') && !firstSenseIn(nounAfter(context), context.lexicon, [TIME]) && !BELIEFS.has(objectWord(context) ?? '') && !BELIEF_HEADS.has(nounAfter(context) ?? '') },
  // An activity or a time begins; a car or an engine starts, never begins.
  {
    words: ['start', 'begin', 'commence'],
    fits: (context) => {
      if (!inVerbSlot(context)) return false;
      if (takesClause(context)) return true;
      // Any object but a machine: "start a garden, a diet, a club" begin too; "start the car" does not.
      const object = nounAfter(context);
      if (object !== undefined) return !firstSenseIn(object, context.lexicon, [ARTIFACT]) || nounIn(object, context.lexicon, [ACT, EVENT, PROCESS, TIME, COMMUNICATION, COGNITION, GROUP, LOCATION, FOOD]);
      // A machine that will not start never "begins": "my car won't start", "the engine doesn't start".
      const subject = subjectBefore(context);
      if (subject === undefined || !firstSenseIn(subject.noun, context.lexicon, [ARTIFACT])) return true;
      const negated = context.tokens.slice(Math.max(0, context.at - 4), context.at).some((token) => ['not', 'never', "won't", "doesn't"].includes(lower(token) ?? ''));
      return !negated && !POSSESSIVES.has(lower(context.tokens[context.at - 2]) ?? '');
    },
  },
  // "build a house"; not "the best build for a mage", "build muscle", "build trust".
  { words: ['build', 'construct'], fits: (context) => inVerbSlot(context) && objectIn(context, [ARTIFACT, LOCATION, OBJECT, COMMUNICATION]) },
  // "try to sleep", "attempt the climb"; not "try the soup" (taste), "try him" (in court), "try on a dress".
  {
    words: ['try', 'attempt'],
    fits: (context) => {
      if (!inVerbSlot(context)) return false;
      if (takesClause(context)) return true;
      if (PERSONAL_OBJECTS.has(lower(context.tokens[context.at + 1]) ?? '') || COURT_OBJECTS.has(nounAfter(context) ?? '')) return false;
      // "be tried", "was tried twice": put on trial.
      if (PASSIVE_AUXILIARIES.has(lower(context.tokens[context.at - 1]) ?? '') && /ed$/u.test(lower(context.tokens[context.at]) ?? '')) return false;
      const object = nounAfter(context);
      return object === undefined ? !['on', 'out'].includes(lower(context.tokens[context.at + 1]) ?? '') && lower(context.tokens[context.at + 1]) !== undefined : nounIn(object, context.lexicon, [ACT, EVENT], [FOOD, PERSON, ARTIFACT, COMMUNICATION]);
    },
  },
  // "answer the question"; not "answer the phone" or "the door".
  // As nouns they share their sense ("the best reply/answer to …"); as verbs not for the phone or the door, nor "answer to" (report to).
  // Nor a filing or a key: "a reply brief", "an answer key", "an answer to a lawsuit".
  {
    words: ['answer', 'reply'],
    fits: (context) => {
      const next = lower(context.tokens[context.at + 1]) ?? '';
      // "Who do police officers answer to?": report to, a verb wherever no determiner makes it a noun.
      const previous = lower(context.tokens[context.at - 1]) ?? '';
      const asked = context.tokens.slice(Math.max(0, context.at - 3), context.at).some((token) => ['do', 'does', 'did'].includes(lower(token) ?? ''));
      if (next === 'to' && (lower(context.tokens[context.at]) ?? '').startsWith('answer') && (asked || ANSWERING_SUBJECTS.has(previous) || (/[^s]s$/u.test(previous) && context.lexicon.canBeNoun(previous)))) return false;
      if (ANSWER_TERMS_AFTER.has(next) || (next === 'to' && context.tokens.slice(context.at + 2, context.at + 5).some((token) => LEGAL_FILINGS.has(lower(token) ?? '')))) return false;
      // A filing in a lawsuit ("the defendant files an answer", the plaintiff a reply) or a phone's auto-answer (calls)
      // against an auto-reply (messages): anywhere in the text.
      if (context.tokens.some((token) => ANSWER_AS_TERM.has(lower(token) ?? ''))) return false;
      return !inVerbSlot(context) || (!firstSenseIn(nounAfter(context), context.lexicon, [ARTIFACT]) && !(next === 'to' && lower(context.tokens[context.at])?.startsWith('answer')));
    },
  },
  // Verbs whose other uses are nouns: "a deer hide", "the use of", "my need", "a help".
  { words: ['need', 'require', 'choose', 'select'], fits: (context) => inVerbSlot(context) && !CODE_OBJECTS.has(objectWord(context) ?? '') && !(['require', 'requires'].includes(lower(context.tokens[context.at]) ?? '') && wordsIn(context, MODULE_WORDS)) },
  // Terms of mathematics: totally/completely bounded, ordered, disconnected (a hostile review, session 35).
  { words: ['totally', 'completely', 'entirely'], fits: (context) => !MATH_ADVERB_TERMS.has(lower(context.tokens[context.at + 1]) ?? '') },
  { words: ['hide', 'conceal', 'use', 'utilize', 'forbid', 'prohibit', 'calculate', 'compute'], fits: inVerbSlot },
  // Not "can't help crying" (avoid), "help yourself to food" (serve).
  {
    words: ['help', 'assist'],
    fits: (context) => {
      const next = lower(context.tokens[context.at + 1]) ?? '';
      // "can't help", "can't I help" ("can I not help"), "cannot help": "not" after "can" or "could", before the verb.
      const before = context.tokens.slice(Math.max(0, context.at - 4), context.at).map((token) => lower(token) ?? '');
      const canNot = (word: string | undefined) => word === 'can' || word === 'could';
      if (before.some((word, index) => word === 'not' && (canNot(before[index - 1]) || canNot(before[index - 2]))) || before.at(-1) === 'cannot') return false;
      return inVerbSlot(context) && !REFLEXIVES.has(next);
    },
  },
  // Hard = difficult for a task, a subject or a time: not "hard water", "a hard mattress", "hard skills", "a hard limit".
  {
    words: ['hard', 'difficult'],
    fits: (context) => {
      const next = lower(context.tokens[context.at + 1]);
      // "hard to learn"; "it's hard learning Spanish" after "it" or a degree word, not "Is hard braking bad?".
      if (next === 'to' || (takesClause(context) && CLAUSE_ADJECTIVE_AFTER.has(lower(context.tokens[context.at - 1]) ?? ''))) return true;
      const abstract = [ACT, COGNITION, COMMUNICATION, EVENT, STATE, TIME, PROCESS, ATTRIBUTE];
      const noun = nounAfter(context);
      // Hard = firm or fixed: "a hard stop", "a hard limit", "hard skills", "a hard no" name no difficulty.
      if (FIRM_HARD.has(next ?? '')) return false;
      // Before its noun, only what can be hard to do, answer or live through: "hard braking", "a hard restart", "a
      // hard credit check", "hard power", "a hard dependency" are forceful, forced or strict (a red team on senses,
      // session 35), and so is any act the list does not name, or a word the lexicon lists as no noun ("restart").
      const beforeWord = next !== undefined && !context.tokens[context.at + 1]!.sentenceStart && !FUNCTION_WORDS.has(next) && !next.endsWith('ly') && (context.lexicon.canBeVerb(next) || context.lexicon.canBeNoun(next));
      if (noun !== undefined || beforeWord) return context.tokens.slice(context.at + 1, context.at + 4).some((token) => DIFFICULT_THINGS.has(lower(token) ?? '')) || (noun !== undefined && DIFFICULT_THINGS.has(noun));
      const subject = subjectBefore(context);
      if (subject === undefined) return true;
      // "Is calculus hard?": a bare subject is a field or an activity unless it is stuff; "Is the water hard?", "my mattress".
      return subject.determined ? nounIn(subject.noun, context.lexicon, abstract) : !firstSenseIn(subject.noun, context.lexicon, [SUBSTANCE, FOOD, BODY, ARTIFACT]);
    },
  },
  // Size of things; a big brother is older, a big man important, a big deal a matter.
  { words: ['big', 'large'], fits: (context) => !usedAsNoun(context) && !firstSenseIn(describedNoun(context), context.lexicon, [PERSON]) && !BIG_TERMS.has(lower(context.tokens[context.at + 1]) ?? '') },
  // "whole wheat", "whole foods", "a whole number", "a whole note", "a whole chicken" (not cut up).
  // Bare before some nouns, a kind ("whole language", "whole cell patch clamp", "whole spices": a red team on senses,
  // session 35); after a determiner or a possessive all of one ("the whole language", "my entire body").
  { words: ['whole', 'entire'], fits: (context) => !WHOLE_TERMS.has(lower(context.tokens[context.at + 1]) ?? '') && (!WHOLE_KINDS.has(lower(context.tokens[context.at + 1]) ?? '') || DETERMINERS.has(lower(context.tokens[context.at - 1]) ?? '') || POSSESSIVES.has(lower(context.tokens[context.at - 1]) ?? '')) },
  // Prices of things: a cheap person is stingy, a cheap shot unfair.
  // Nor how a thing looks or feels ("Does this dress look cheap?": tacky).
  // Nor terms: cheap talk, cheap thrills, a cheap shot, a cheap date (a red team on senses, session 35).
  { words: ['cheap', 'inexpensive'], fits: (context) => !firstSenseIn(describedNoun(context), context.lexicon, [PERSON]) && !LOOKING.has(lower(context.tokens[context.at - 1]) ?? '') && !CHEAP_TERMS.has(lower(context.tokens[context.at + 1]) ?? '') },
  // Speed of doing: not "to fast" (not eat), "my watch is fast" (ahead), "fast colours", "hold fast".
  {
    words: ['quick', 'fast', 'rapid'],
    fits: (context) => {
      const previous = lower(context.tokens[context.at - 1]);
      if (previous === 'hold' || previous === 'stuck' || STRICT_VERB_SLOT_AFTER.has(previous ?? '') || POSSESSIVES.has(previous ?? '')) return false;
      // River rapids; a juice fast, a 3-day fast.
      const word = lower(context.tokens[context.at]);
      if (word === 'rapids' || word === 'fasts') return false;
      if (word === 'fast' && previous !== undefined && (FAST_KINDS.has(previous) || /-(?:day|hour|week|month)s?$/u.test(previous))) return false;
      const noun = nounAfter(context);
      // "a fast", "the fast" with no noun after: the fasting.
      const coordinated = ['and', 'or'].includes(lower(context.tokens[context.at + 1]) ?? '');
      if (noun === undefined && !coordinated && DETERMINERS.has(previous ?? '') && lower(context.tokens[context.at]) === 'fast') return false;
      // Before its noun, only what is done or had in little time: "a quick dinner", "a fast way", "fast shipping";
      // "a fast lens", "fast film", "a quick ratio", "a quick pitch", "fast food" are terms of their own (a red team
      // on senses, session 35).
      if (noun !== undefined) return context.tokens.slice(context.at + 1, context.at + 4).some((token) => SPEEDY_THINGS.has(lower(token) ?? '') || FOOD_WORDS.has(lower(token) ?? '')) || SPEEDY_THINGS.has(noun);
      // After its noun: "my internet is fast", not "the dye is colour-fast", "my watch is fast".
      const described = nounBefore(context);
      return !firstSenseIn(described, context.lexicon, [ARTIFACT, PERSON, SUBSTANCE]) && !FAST_FAST.has(described ?? '');
    },
  },
  // The head of something, before its noun: "the main reason"; not "the chief of police".
  { words: ['main', 'chief'], fits: (context) => nounAfter(context) !== undefined && nounAfter(context) === lower(context.tokens[context.at + 1]) },
  // A film on glass, for a camera, in a shower is no movie; "to film" is to record.
  // "film" is a movie only where the text speaks of one (MOVIE_WORDS): a camera's film, a coating or a layer have more
  // names than any list of them holds (a red team on surface edits, session 48: "Where can I buy 35mm film?", "How should
  // I store film?", "What's the best film for portraits?" were served "movies"' answers, 14 of 17).
  { words: ['film', 'movie'], fits: (context) => (lower(context.tokens[context.at]) !== 'film' && lower(context.tokens[context.at]) !== 'films' || wordsInText(context, MOVIE_WORDS) || context.tokens.some(namesYear) || likeATitle(context)) && inNounSlot(context) && !wordsIn(context, FILM_AS_MATERIAL) && !(wordsIn(context, FILM_USES) && wordsInText(context, CAMERA_WORDS)) && !coatsSurface(context) && !inScience(context) && ![context.tokens[context.at - 1], context.tokens[context.at + 1]].some((token) => token?.kind === 'word' && FILM_LAYER_BESIDE.has(token.text)) },
  // A kid of a goat; kid leather; "are you kidding".
  // A goat named in another sentence, unless the kid is the asker's ("my kid": a person's child; "her kid" may be a doe's).
  { words: ['kid', 'child'], fits: (context) => inNounSlot(context) && !wordsIn(context, KID_AS_ANIMAL) && (ASKERS_OWN.has(lower(context.tokens[context.at - 1]) ?? '') || !wordsInText(context, GOAT_WORDS, namesHerd, true)) },
  // "standard error", "syntax error", "margin of error", "error message" are terms, no mistakes.
  {
    words: ['mistake', 'error'],
    fits: ({ tokens, at }) => {
      const previous = lower(tokens[at - 1]) ?? '';
      const next = lower(tokens[at + 1]) ?? '';
      const twoBack = lower(tokens[at - 2]) ?? '';
      // "type I error", "type 2 error".
      const typed = twoBack === 'type' && ['i', 'ii', '1', '2'].includes(tokens[at - 1]?.text.toLowerCase() ?? '');
      // "an error of law", "a mistake of fact" are terms of law; a fielder's error a statistic.
      const ofLaw = next === 'of' && ['law', 'fact'].includes(lower(tokens[at + 2]) ?? '');
      const counted = tokens.some((token) => ERRORS_COUNTED.has(lower(token) ?? ''));
      return !typed && !ofLaw && !counted && !ERROR_TERMS_BEFORE.has(previous) && !ERROR_TERMS_AFTER.has(next) && !(previous === 'of' && ERROR_TERMS_BEFORE.has(twoBack)) && !(previous === 'and' && twoBack === 'trial');
    },
  },
  // "phone me" is to call; a couch potato.
  { words: ['car', 'automobile'], fits: (context) => inNounSlot(context) && !CAR_OF_A_LINE.has(lower(context.tokens[context.at - 1]) ?? '') && !wordsIn(context, CARRIAGES) && (ONE_CAR.has(lower(context.tokens[context.at - 1]) ?? '') || !wordsInText(context, TRAIN_WORDS, namesATrain)) },
  { words: ['sofa', 'couch'], fits: inNounSlot },
  // Not the game ("play telephone", "the telephone game") nor a speech sound beside phonemes (a red team on senses, session 35).
  { words: ['phone', 'telephone'], fits: (context) => inNounSlot(context) && lower(context.tokens[context.at - 1]) !== 'play' && !TELEPHONE_THINGS.has(lower(context.tokens[context.at + 1]) ?? '') && !wordsIn(context, SPEECH_SOUNDS) },
];

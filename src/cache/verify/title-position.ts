import type { Token } from './verify-tokens.ts';

/**
 * Whether the words from `start` to `end` stand where a text names a work (a film, a song, a book, a show) by
 * its title, which people type in lowercase as often as not: after a verb of making or playing it ("who sings
 * animals", "who directed the room", "who plays ripley in aliens"), after watching or a word for the work ("where
 * can i watch twisters", "the song kids"), before what is asked of a work ("alien cast", "dreams lyrics"), or after
 * such a word and "of"/"for"/"to" ("the plot of the kid", "chords for angels"). There a title's number, its "the"
 * and its words are the title: "Alien" and "Aliens", "Room" and "The Room", "Kids" and "Children" are other works
 * (a red team, session 16: 191 pairs).
 */
export function inTitlePosition(tokens: readonly Token[], start: number, end: number): boolean {
  const word = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.key.toLowerCase() : undefined);
  // Past a "the" that opens the title.
  const before = word(start - 1) === 'the' ? start - 2 : start - 1;
  const previous = word(before);
  if (previous !== undefined && (MAKING_VERBS.has(previous) || WATCHING_VERBS.has(previous) || WORK_NOUNS.has(previous))) return true;
  if (previous === 'in' && (PLAYING_VERBS.has(word(before - 1) ?? '') || PLAYING_VERBS.has(word(before - 2) ?? ''))) return true;
  if (previous !== undefined && TITLE_PREPOSITIONS.has(previous) && (FACETS.has(word(before - 1) ?? '') || FACETS.has(word(before - 2) ?? ''))) return true;
  const next = word(end);
  if (next === undefined) return false;
  // "twisters cast", "alien movie ending", "is ghosts on netflix", "when did gladiator come out", "what is aliens
  // about?", "is room based on a true story?".
  if (FACETS.has(next) || WORK_NOUNS.has(next) || next === 'episode') return true;
  // A title of several words, or an artist's name after it: "begin again lyrics", "animals maroon 5 lyrics".
  if (FACETS.has(word(end + 1) ?? '') || FACETS.has(tokens[end + 2]?.key.toLowerCase() ?? '')) return true;
  if (next === 'on' && STREAMING.has(word(end + 1) ?? '')) return true;
  if (next === 'come' && word(end + 1) === 'out') return true;
  return (next === 'about' || next === 'based') && (previous === 'is' || previous === 'was');
}

/** Verbs of making or performing a work, whose bare object is its title: "who sang animals", "who wrote cats". */
const MAKING_VERBS: ReadonlySet<string> = new Set([
  'directed', 'directs', 'direct', 'wrote', 'written', 'writes', 'sang', 'sung', 'sings', 'sing', 'composed', 'painted', 'produced',
  'authored', 'illustrated', 'narrated', 'recorded', 'performed', 'performs', 'choreographed', 'sculpted', 'filmed', 'released',
  'covered', 'remade', 'adapted', 'published', 'stream', 'streaming',
]);
/** Watching a work: "where can i watch ghosts", "i just watched aliens". */
const WATCHING_VERBS: ReadonlySet<string> = new Set(['watch', 'watched', 'watching', 'rewatch', 'binge']);
/** Words for a work before its title: "the song kids", "the movie heat". */
const WORK_NOUNS: ReadonlySet<string> = new Set(['song', 'movie', 'film', 'show', 'album', 'novel', 'series', 'sitcom', 'musical', 'single', 'track']);
/** "who starred in aliens", "who plays ripley in alien": a role in a work. */
const PLAYING_VERBS: ReadonlySet<string> = new Set([
  'starred', 'stars', 'star', 'appeared', 'appears', 'acted', 'acts', 'played', 'plays', 'play', 'featured', 'cast', 'voiced', 'voices',
]);
/** What is asked of a work, after its title or before "of": "alien cast", "the plot of the kid", "lyrics to angels". */
const FACETS: ReadonlySet<string> = new Set([
  'cast', 'lyrics', 'chords', 'tabs', 'soundtrack', 'trailer', 'plot', 'ending', 'sequel', 'prequel', 'remake', 'episodes', 'seasons',
  'season', 'showtimes', 'runtime', 'director', 'characters', 'character', 'filming', 'spoilers', 'synopsis', 'budget', 'summary',
  'reviews', 'ratings', 'rating', 'box', 'singer', 'villain', 'protagonist', 'lead', 'narrator',
]);
/** "villain in X", "the plot of X", "ratings for X", "lyrics to X" (one word may stand between: "the main character in X"). */
const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'in']);
/** Where a work streams: "is heat on netflix". */
const STREAMING: ReadonlySet<string> = new Set(['netflix', 'hulu', 'disney', 'prime', 'hbo', 'max', 'peacock', 'paramount', 'youtube', 'spotify', 'crunchyroll']);

import type { Token } from './verify-tokens.ts';

/**
 * Whether the words from `start` to `end` stand where a text names a work (a film, a song, a book, a show) by
 * its title, which people type in lowercase as often as not: after a verb of making or playing it ("who sings
 * animals", "who directed the room", "who plays ripley in aliens"), after watching or a word for the work ("where
 * can i watch twisters", "the song kids"), before what is asked of a work ("alien cast", "dreams lyrics"), or after
 * such a word and "of"/"for"/"to" ("the plot of the kid", "chords for angels"). There a title's number, its "the"
 * and its words are the title: "Alien" and "Aliens", "Room" and "The Room", "Kids" and "Children" are other works
 * (a red team, session 16: 191 pairs). `watching`: whether watching counts ("watch twisters"); not for an article
 * ("watch the game" / "watch game").
 */
export function inTitlePosition(tokens: readonly Token[], start: number, end: number, watching = true): boolean {
  const word = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.key.toLowerCase() : undefined);
  // Past a "the" that opens the title ("who directed the room"); after watching one, "the" names a thing ("watch the
  // game", "watch the news").
  const article = word(start - 1) === 'the';
  const before = article ? start - 2 : start - 1;
  const previous = word(before);
  if (previous !== undefined && (MAKING_VERBS.has(previous) || WORK_NOUNS.has(previous) || (watching && !article && WATCHING_VERBS.has(previous)))) return true;
  if (previous === 'in' && (PLAYING_VERBS.has(word(before - 1) ?? '') || PLAYING_VERBS.has(word(before - 2) ?? ''))) return true;
  if (previous !== undefined && TITLE_PREPOSITIONS.has(previous) && (FACETS.has(word(before - 1) ?? '') || FACETS.has(word(before - 2) ?? ''))) return true;
  const next = word(end);
  if (next === undefined) return false;
  // "twisters cast", "alien movie ending", "is ghosts on netflix", "when did gladiator come out", "what is aliens
  // about?", "is room based on a true story?".
  if (FACETS.has(next)) return true;
  // A title of several words, a word for the work or an artist's name after it: "begin again lyrics", "alien movie
  // ending", "animals maroon 5 lyrics".
  if (FACETS.has(word(end + 1) ?? '') || FACETS.has(word(end + 2) ?? '')) return true;
  if (next === 'on' && STREAMING.has(word(end + 1) ?? '')) return true;
  if (next === 'come' && word(end + 1) === 'out') return true;
  return (next === 'about' || next === 'based') && (previous === 'is' || previous === 'was');
}

/** Verbs of making or performing a work, whose bare object is its title: "who sang animals", "who wrote cats". */
const MAKING_VERBS: ReadonlySet<string> = new Set([
  'directed', 'directs', 'direct', 'wrote', 'written', 'writes', 'sang', 'sung', 'sings', 'sing', 'composed', 'painted', 'produced',
  'authored', 'illustrated', 'narrated', 'recorded', 'performed', 'performs', 'choreographed', 'sculpted', 'filmed', 'released',
  'covered', 'remade', 'adapted', 'published',
]);
/** Watching a work: "where can i watch ghosts", "i just watched aliens" (not before "the"). */
const WATCHING_VERBS: ReadonlySet<string> = new Set(['watch', 'watched', 'watching', 'rewatch', 'stream', 'streaming']);
/** Words for a work before its title: "the song kids", "the movie heat". */
const WORK_NOUNS: ReadonlySet<string> = new Set(['song', 'movie', 'film', 'album', 'novel', 'sitcom', 'musical']);
/** "who starred in aliens", "who plays ripley in alien": a role in a work. */
const PLAYING_VERBS: ReadonlySet<string> = new Set([
  'starred', 'stars', 'star', 'appeared', 'appears', 'acted', 'acts', 'played', 'plays', 'featured', 'cast', 'voiced', 'voices',
]);
/** What is asked of a work only, after its title or before "of": "alien cast", "the plot of the kid", "lyrics to angels". */
const FACETS: ReadonlySet<string> = new Set([
  'cast', 'lyrics', 'chords', 'tabs', 'soundtrack', 'trailer', 'plot', 'ending', 'sequel', 'prequel', 'remake', 'episodes', 'episode',
  'seasons', 'showtimes', 'runtime', 'spoilers', 'synopsis', 'villain', 'protagonist', 'narrator', 'filming', 'rotten',
]);
/** "villain in X", "the plot of X", "ratings for X", "lyrics to X" (one word may stand between: "the main character in X"). */
const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'in']);
/** Where a work streams: "is heat on netflix". */
const STREAMING: ReadonlySet<string> = new Set(['netflix', 'hulu', 'disney', 'prime', 'hbo', 'max', 'peacock', 'paramount', 'youtube', 'spotify', 'crunchyroll']);

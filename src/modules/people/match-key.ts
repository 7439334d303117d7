/**
 * The folded name key duplicate search compares on. Passport romanisation of Armenian and
 * ICAO romanisation of Russian spell the same name differently (Պետրոսյան → Petrosyan,
 * Петросян → Petrosian), and people type Petrossian too: the key folds those differences
 * away. The database computes the same key in SQL (function person_match_key, migration
 * 0006) for the stored, trigram-indexed columns; match-key.test.ts checks both agree.
 */
import { transliterate } from './transliterate';

/** Match key of a name already in Latin letters. */
export function matchKey(latin: string): string {
  return latin
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replaceAll('dzh', 'j')
    .replaceAll('kh', 'h')
    .replaceAll('gh', 'g')
    .replaceAll('y', 'i')
    .replace(/ean$/, 'ian')
    .replace(/(.)\1+/g, '$1')
    .replace(/^ie/, 'e')
    .replace(/^vo/, 'o');
}

/** Match key of a name in any supported script. */
export const nameKey = (name: string) => matchKey(transliterate(name));

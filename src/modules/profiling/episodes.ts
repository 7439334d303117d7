/**
 * Historical outcomes as training examples: one per unemployment spell whose 12-month
 * outcome is known on the as-of day, with the features of its first day, split into a
 * training and a held-out set.
 */
import { createHash } from 'node:crypto';
import { addDays, daysBetween } from './dates';
import { featureValues, LONG_TERM_DAYS, subgroupsOf, type PersonHistory, type Subgroups } from './features';

export interface Episode {
  personId: string;
  startedOn: string;
  longTerm: boolean;
  features: number[];
  subgroups: Subgroups;
}

export interface Window {
  /** The day the outcomes are read on (normally today). */
  asOf: string;
  /** Earliest registration day included; undefined: all history. */
  from?: string;
  /** Latest registration day included; at most asOf − 365 days, so every outcome is known. */
  to?: string;
}

/** The last registration day whose 12-month outcome is known on the as-of day. */
export const latestKnownStart = (asOf: string) => addDays(asOf, -LONG_TERM_DAYS);

/**
 * Spells starting in the window. Spells younger than a year are left out rather than
 * counted as short: counting them would teach the model that recent spells end quickly
 * (right-censoring).
 */
export function buildEpisodes(histories: readonly PersonHistory[], features: readonly string[], window: Window): Episode[] {
  const latest = window.to && window.to < latestKnownStart(window.asOf) ? window.to : latestKnownStart(window.asOf);
  const episodes: Episode[] = [];
  for (const h of histories) {
    for (const s of h.spells) {
      if (s.startedOn > latest || (window.from && s.startedOn < window.from)) continue;
      // An end after the as-of day was not known then: the spell was still open.
      const end = s.endedOn !== null && s.endedOn <= window.asOf ? s.endedOn : window.asOf;
      episodes.push({
        personId: h.personId,
        startedOn: s.startedOn,
        longTerm: daysBetween(s.startedOn, end) >= LONG_TERM_DAYS,
        features: featureValues(features, h, s.startedOn),
        subgroups: subgroupsOf(h, s.startedOn),
      });
    }
  }
  // A stable order, whatever order the database returned: training is deterministic.
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return episodes.sort((a, b) => order(a.startedOn, b.startedOn) || order(a.personId, b.personId));
}

export type SplitMethod = 'chronological' | 'hashed';

export interface Split {
  training: Episode[];
  heldOut: Episode[];
  /** Chronological: the first registration day of the held-out set. */
  cutoff: string | null;
}

/**
 * chronological: the latest `share` of spells are held out, as a deployed model scores
 * spells that start after it was trained (the split falls between two days, never inside
 * one). hashed: a person is held out when a hash of the seed and their id falls below the
 * share, so all spells of one person land on the same side and the same seed always gives
 * the same split.
 */
export function splitEpisodes(episodes: readonly Episode[], method: SplitMethod, share: number, seed: number): Split {
  if (method === 'hashed') {
    const heldOut = new Set<string>();
    for (const id of new Set(episodes.map((e) => e.personId))) {
      if (createHash('sha256').update(`${seed}:${id}`).digest().readUInt32BE(0) / 2 ** 32 < share) heldOut.add(id);
    }
    return { training: episodes.filter((e) => !heldOut.has(e.personId)), heldOut: episodes.filter((e) => heldOut.has(e.personId)), cutoff: null };
  }
  const index = Math.min(episodes.length, Math.max(0, Math.floor(episodes.length * (1 - share))));
  const cutoff = episodes[index]?.startedOn ?? null;
  if (cutoff === null) return { training: [...episodes], heldOut: [], cutoff };
  return { training: episodes.filter((e) => e.startedOn < cutoff), heldOut: episodes.filter((e) => e.startedOn >= cutoff), cutoff };
}

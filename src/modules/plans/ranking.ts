/**
 * Ranking catalogue services for a client (the "strategy suggested by the system"): a
 * service scores for every barrier of the client it addresses (weighted by severity),
 * for being delivered where the client lives and in their language, and for places kept
 * for the single point of contact. Full services and services already in the plan are
 * left out. Every point a service gets has a reason the counsellor can read.
 */
import type { ServiceFacts } from './context';

export interface ClientNeeds {
  barriers: { code: string; severity: string }[];
  municipalityCode: string | null;
  language: string;
}

export interface Reason {
  code: 'addresses_barrier' | 'in_municipality' | 'in_language' | 'reserved_places' | 'free_places';
  params: Record<string, string | number>;
}

export interface Ranked {
  service: ServiceFacts;
  score: number;
  reasons: Reason[];
}

const SEVERITY_WEIGHT: Record<string, number> = { high: 3, medium: 2, low: 1 };
const NEARBY = 1.5;
const OWN_LANGUAGE = 1;
const RESERVED = 0.5;

export function rankServices(candidates: ServiceFacts[], needs: ClientNeeds, exclude: Set<string>, limit = 10): Ranked[] {
  return candidates
    .filter((s) => s.active && !exclude.has(s.id) && s.freePlaces > 0)
    .map((service) => {
      const reasons: Reason[] = [];
      let score = 0;
      for (const b of needs.barriers) {
        if (!service.barriers.includes(b.code)) continue;
        score += SEVERITY_WEIGHT[b.severity] ?? 1;
        reasons.push({ code: 'addresses_barrier', params: { barrier: b.code } });
      }
      // A service that meets none of the client's barriers is not a suggestion, however near.
      if (score === 0) return null;
      if (needs.municipalityCode && service.municipalities.includes(needs.municipalityCode)) {
        score += NEARBY;
        reasons.push({ code: 'in_municipality', params: { municipality: needs.municipalityCode } });
      }
      if (service.languages.includes(needs.language)) {
        score += OWN_LANGUAGE;
        reasons.push({ code: 'in_language', params: { language: needs.language } });
      }
      if (service.freeReservedPlaces > 0) {
        score += RESERVED;
        reasons.push({ code: 'reserved_places', params: { count: service.freeReservedPlaces } });
      }
      reasons.push({ code: 'free_places', params: { count: service.freePlaces } });
      return { service, score, reasons };
    })
    .filter((r): r is Ranked => r !== null)
    // Equal scores: more free places first, then by name, so the order is stable.
    .sort((a, b) => b.score - a.score || b.service.freePlaces - a.service.freePlaces || a.service.name.localeCompare(b.service.name))
    .slice(0, limit);
}

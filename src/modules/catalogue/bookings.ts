/**
 * Places held on a service for a client, for other modules (the plan books for its
 * actions, referrals later), always inside the caller's transaction.
 *
 * Booking locks the service row (SELECT … FOR UPDATE), counts the active bookings and
 * decides, so concurrent bookings queue on that row and never exceed capacity. Bookings from
 * the single point of contact (an integrated case) take a reserved place while one is free,
 * then an ordinary one; every other booking may only take the capacity − reserved places.
 *
 * Neither function writes an audit event: the caller records its own (the plan action that
 * holds the place names the person), LAST in its transaction like every module, because
 * the audit chain lock must be the last lock a transaction takes. A caller booking several
 * services in one transaction should book them in id order (row locks in one order).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { AppError, fieldError } from '../../server/errors';
import * as repo from './booking-repo';
import { lockService } from './repo';

export type BookingSource = 'plan_action' | 'referral' | 'direct';

export interface BookingRequest {
  serviceId: string;
  personId: string;
  caseId: string | null;
  source: BookingSource;
  /** The plan action or referral id; one active booking per source (null for direct bookings). */
  sourceId: string | null;
  /** From the single point of contact (integrated case management): may use reserved places. */
  viaSinglePoint: boolean;
  bookedBy: string;
  at: Date;
}

export interface Booking {
  id: string;
  serviceId: string;
  personId: string;
  caseId: string | null;
  source: BookingSource;
  sourceId: string | null;
  viaSinglePoint: boolean;
  usesReserved: boolean;
  status: 'active' | 'released';
  bookedBy: string;
  bookedAt: Date;
  releasedBy: string | null;
  releasedAt: Date | null;
  releaseReason: string | null;
}

export interface Release {
  by: string;
  at: Date;
  reason: string;
}

const toBooking = (r: repo.BookingRow): Booking => ({
  id: r.id,
  serviceId: r.service_id,
  personId: r.person_id,
  caseId: r.case_id,
  source: r.source as BookingSource,
  sourceId: r.source_id,
  viaSinglePoint: r.via_single_point,
  usesReserved: r.uses_reserved,
  status: r.status as Booking['status'],
  bookedBy: r.booked_by,
  bookedAt: r.booked_at,
  releasedBy: r.released_by,
  releasedAt: r.released_at,
  releaseReason: r.release_reason,
});

/** Which place a booking may take now, from the locked service and its active bookings; null when full. */
export function choosePlace(s: { capacity: number; reserved: number }, used: { reserved: number; general: number }, viaSinglePoint: boolean) {
  const free = Math.max(s.capacity - used.reserved - used.general, 0);
  const freeReserved = Math.min(Math.max(s.reserved - used.reserved, 0), free);
  const freeGeneral = Math.min(Math.max(s.capacity - s.reserved - used.general, 0), free);
  if (viaSinglePoint && freeReserved > 0) return { usesReserved: true };
  return freeGeneral > 0 ? { usesReserved: false } : null;
}

/**
 * Holds a place. Refused with a field error on `serviceId`: unknown_service, service_inactive,
 * service_full. Booking the same source again for the same service and person returns the
 * booking it holds; for another service: field error `sourceId` source_already_booked.
 */
export async function book(trx: Kysely<DB>, r: BookingRequest): Promise<Booking> {
  const service = await lockService(trx, r.serviceId);
  if (!service) throw fieldError('serviceId', 'unknown_service');
  if (r.sourceId) {
    const held = await repo.activeBySource(trx, r.source, r.sourceId);
    if (held && held.service_id === r.serviceId && held.person_id === r.personId) return toBooking(held);
    if (held) throw fieldError('sourceId', 'source_already_booked');
  }
  if (service.status !== 'active') throw fieldError('serviceId', 'service_inactive');
  const place = choosePlace({ capacity: service.capacity, reserved: service.reserved_places }, await repo.activeCounts(trx, r.serviceId), r.viaSinglePoint);
  if (!place) throw fieldError('serviceId', 'service_full');
  const row = await repo.insertBooking(trx, {
    service_id: r.serviceId,
    person_id: r.personId,
    case_id: r.caseId,
    source: r.source,
    source_id: r.sourceId,
    via_single_point: r.viaSinglePoint,
    uses_reserved: place.usesReserved,
    booked_by: r.bookedBy,
    booked_at: r.at,
    created_at: r.at,
    updated_at: r.at,
  });
  return toBooking(row);
}

/** Frees the place. Releasing a booking already released returns it unchanged. */
export async function release(trx: Kysely<DB>, bookingId: string, how: Release): Promise<Booking> {
  const row = await repo.lockBooking(trx, bookingId);
  if (!row) throw new AppError('not_found');
  if (row.status !== 'active') return toBooking(row);
  return toBooking((await repo.releaseBooking(trx, bookingId, how))!);
}

/** Frees the place a plan action or referral holds, if any; returns the released booking. */
export async function releaseBySource(trx: Kysely<DB>, source: { source: BookingSource; sourceId: string }, how: Release): Promise<Booking | null> {
  const held = await repo.activeBySource(trx, source.source, source.sourceId);
  return held ? release(trx, held.id, how) : null;
}

/** The active booking a plan action or referral holds, if any (for the module that made it). */
export async function heldBy(trx: Kysely<DB>, source: { source: BookingSource; sourceId: string }): Promise<Booking | null> {
  const held = await repo.activeBySource(trx, source.source, source.sourceId);
  return held ? toBooking(held) : null;
}

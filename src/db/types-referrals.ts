/** Kysely table types of the referrals module; they mirror migration 0016. */
import type { Generated } from 'kysely';
import type { Json, Timestamp, Version } from './types';

export interface ReferralTable {
  id: Generated<string>;
  chain_id: string;
  previous_referral_id: string | null;
  case_id: string;
  person_id: string;
  plan_action_id: string | null;
  service_id: string;
  sending_agency_id: string;
  receiving_agency_id: string;
  case_manager_id: string;
  created_by: string;
  status: Generated<string>;
  reason: string;
  categories: string[];
  urgency: string;
  appear_by: string;
  preferred_language: string;
  snapshot: Json<Record<string, unknown>> | null;
  snapshot_at: Timestamp | null;
  sent_at: Timestamp | null;
  sent_by: string | null;
  received_at: Timestamp | null;
  received_by: string | null;
  decline_reason: string | null;
  appointment_at: Timestamp | null;
  appointment_place: string | null;
  outcome: string | null;
  feedback: string | null;
  feedback_delivered_at: Timestamp | null;
  feedback_delivered_by: string | null;
  overdue_at: Timestamp | null;
  status_changed_at: Timestamp;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReferralEventTable {
  id: Generated<string>;
  seq: Generated<number>;
  referral_id: string;
  action: string;
  from_status: string | null;
  to_status: string;
  at: Timestamp;
  actor_user_id: string | null;
  agency_id: string | null;
  note: string | null;
  details: Json<Record<string, unknown>>;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReferralTables {
  referral: ReferralTable;
  referral_event: ReferralEventTable;
}

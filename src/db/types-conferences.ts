/** Kysely table types of the conferences module; they mirror migration 0018. */
import type { ColumnType, Generated } from 'kysely';
import type { DateOnly, Timestamp, Version } from './types';

type Ids = ColumnType<string[], string[], string[]>;

export interface ConferenceCommitteeTable {
  id: Generated<string>;
  name: string;
  agency_ids: Ids;
  member_ids: Ids;
  every_months: Generated<number>;
  reminder_days: Generated<number>;
  duration_minutes: number;
  mode: 'in_person' | 'online';
  office_id: string | null;
  room: string | null;
  address: string | null;
  online_url: string | null;
  next_meeting_at: Timestamp;
  organiser_id: string;
  active: Generated<boolean>;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConferenceTable {
  id: Generated<string>;
  committee_id: string | null;
  title: string;
  starts_at: Timestamp;
  duration_minutes: number;
  mode: 'in_person' | 'online';
  office_id: string | null;
  room: string | null;
  address: string | null;
  online_url: string | null;
  reminder_days: Generated<number>;
  organiser_id: string;
  organiser_agency_id: string;
  status: Generated<'scheduled' | 'held' | 'cancelled'>;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConferenceParticipantTable {
  conference_id: string;
  user_id: string;
  agency_id: string;
  attendance: Generated<'invited' | 'attended' | 'excused' | 'absent'>;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConferenceAgendaItemTable {
  id: Generated<string>;
  conference_id: string;
  case_id: string;
  position: number;
  added_by: string;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConferenceMinutesTable {
  conference_id: string;
  text: string;
  updated_by: string;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConferenceDecisionTable {
  id: Generated<string>;
  conference_id: string;
  agenda_item_id: string;
  case_id: string;
  kind: 'plan_action' | 'referral';
  text: string;
  owner_agency_id: string;
  owner_user_id: string | null;
  due_on: DateOnly;
  plan_id: string | null;
  action_id: string | null;
  referral_id: string | null;
  recorded_by: string;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConferenceTables {
  conference_committee: ConferenceCommitteeTable;
  conference: ConferenceTable;
  conference_participant: ConferenceParticipantTable;
  conference_agenda_item: ConferenceAgendaItemTable;
  conference_minutes: ConferenceMinutesTable;
  conference_decision: ConferenceDecisionTable;
}

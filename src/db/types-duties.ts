/** Kysely table types of the duties module; they mirror migration 0017. */
import type { Generated } from 'kysely';
import type { DateOnly, Timestamp, Version } from './types';

export interface DutyRuleTable {
  id: Generated<string>;
  event_type: string;
  notifying_agency_type: string;
  receiving_agency_type: string;
  days: number;
  active: Generated<boolean>;
  legal_reference: string | null;
  updated_by: string | null;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DutyEventTable {
  id: Generated<string>;
  case_id: string;
  person_id: string;
  event_type: string;
  occurred_on: DateOnly;
  source: string;
  recorded_by: string | null;
  recorded_by_agency_id: string | null;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DutyTable {
  id: Generated<string>;
  rule_id: string;
  event_id: string;
  case_id: string;
  person_id: string;
  event_type: string;
  event_on: DateOnly;
  days: number;
  due_on: DateOnly;
  notifying_agency_id: string;
  notifying_office_id: string | null;
  receiving_agency_id: string | null;
  receiving_office_id: string | null;
  status: Generated<'open' | 'sent' | 'acknowledged'>;
  sent_at: Timestamp | null;
  sent_by: string | null;
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
  overdue_at: Timestamp | null;
  days_to_send: number | null;
  sent_within_deadline: boolean | null;
  days_to_acknowledge: number | null;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DutyTables {
  duty_rule: DutyRuleTable;
  duty_event: DutyEventTable;
  duty: DutyTable;
}

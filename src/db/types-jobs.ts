/** Kysely table types of the jobs and notifications modules; they mirror migration 0015. */
import type { Generated } from 'kysely';
import type { Json, Timestamp, Version } from './types';

export interface JobTable {
  id: Generated<string>;
  kind: string;
  key: string;
  run_at: Timestamp;
  payload: Json<Record<string, unknown>>;
  status: Generated<'pending' | 'done' | 'failed' | 'cancelled'>;
  attempts: Generated<number>;
  last_error: string | null;
  finished_at: Timestamp | null;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface NotificationTable {
  id: Generated<string>;
  recipient_user_id: string | null;
  recipient_agency_id: string | null;
  kind: string;
  subject_type: string;
  subject_id: string;
  case_id: string | null;
  details: Json<Record<string, unknown>>;
  link: string;
  email: Generated<boolean>;
  email_sent_at: Timestamp | null;
  read_at: Timestamp | null;
  read_by: string | null;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface JobTables {
  job: JobTable;
  notification: NotificationTable;
}

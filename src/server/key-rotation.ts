/**
 * Encryption key rotation. Every column holding values sealed with the Encryptor is listed
 * here, because an old key may only be dropped once nothing anywhere is still sealed with
 * it: a forgotten column would become unreadable. Add a column here when you seal a new one.
 *
 * Re-encrypting changes the ciphertext, never the content, so `version` and `updated_at`
 * stay as they are; each row is swapped only if it still holds exactly what was read (a
 * concurrent edit wins, and is already sealed with the current key). Batches commit one
 * by one, each with its audit event.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/types';
import type { AuditService } from '../modules/audit/service';
import type { Encryptor } from './crypto';

interface SealedColumn {
  table: keyof DB;
  column: string;
  /** text: the whole value is one ciphertext; json: ciphertexts are string leaves (e.g. free-text answers). */
  kind: 'text' | 'json';
  /** What the column holds, for the report. */
  label: string;
}

export const SEALED_COLUMNS: readonly SealedColumn[] = [
  { table: 'person_note', column: 'body_encrypted', kind: 'text', label: 'case notes' },
  { table: 'staff_user', column: 'totp_secret', kind: 'text', label: 'second-factor secrets' },
  { table: 'profiling_result', column: 'override_reason_encrypted', kind: 'text', label: 'segment override reasons' },
  { table: 'assessment_answer_set', column: 'answers', kind: 'json', label: 'assessment free-text answers' },
];

/** The exact shape crypto.ts produces: v1.<key id>.<iv>.<tag>.<body>. */
const SEALED = /^v1\.([0-9a-f]{8})\.[\w-]+\.[\w-]+\.[\w-]*$/;

/** How many values each key id seals, per column (status before and after a rotation). */
export async function sealedByKey(db: Kysely<DB>) {
  const out: { label: string; keyId: string; values: number }[] = [];
  for (const c of SEALED_COLUMNS) {
    const keyIds =
      c.kind === 'text'
        ? sql`SELECT split_part(${sql.ref(c.column)}, '.', 2) AS key_id FROM ${sql.table(c.table)} WHERE ${sql.ref(c.column)} IS NOT NULL`
        : sql`SELECT (regexp_matches(${sql.ref(c.column)}::text, '"v1[.]([0-9a-f]{8})[.]', 'g'))[1] AS key_id FROM ${sql.table(c.table)}`;
    const { rows } = await sql<{ key_id: string; n: number }>`SELECT key_id, count(*)::int AS n FROM (${keyIds}) k GROUP BY 1 ORDER BY 1`.execute(db);
    for (const r of rows) out.push({ label: c.label, keyId: r.key_id, values: r.n });
  }
  return out;
}

export interface RotationResult {
  label: string;
  /** Rows rewritten (a JSON row counts once however many of its values were re-sealed). */
  reencrypted: number;
  /** Values no configured key opens: left as they are and reported. */
  unreadable: number;
}

/** Re-seals every ciphertext in a stored value (a string, or the string leaves of JSON) not sealed with the current key. */
function reseal(value: unknown, encryptor: Encryptor, result: RotationResult): { next: unknown; changed: boolean } {
  if (typeof value === 'string') {
    const match = SEALED.exec(value);
    if (!match || match[1] === encryptor.currentKeyId) return { next: value, changed: false };
    try {
      return { next: encryptor.encrypt(encryptor.decrypt(value)), changed: true };
    } catch {
      result.unreadable += 1;
      return { next: value, changed: false };
    }
  }
  if (Array.isArray(value) || (value !== null && typeof value === 'object')) {
    let changed = false;
    const entries = Object.entries(value).map(([k, v]) => {
      const r = reseal(v, encryptor, result);
      changed ||= r.changed;
      return [k, r.next] as const;
    });
    return { next: Array.isArray(value) ? entries.map(([, v]) => v) : Object.fromEntries(entries), changed };
  }
  return { next: value, changed: false };
}

/** Re-seals, with the current key, every value still sealed with another key. */
export async function rotateKeys(deps: { db: Kysely<DB>; encryptor: Encryptor; audit: AuditService; batchSize?: number }): Promise<RotationResult[]> {
  const { db, encryptor, audit } = deps;
  const batchSize = deps.batchSize ?? 500;
  const results: RotationResult[] = [];
  for (const c of SEALED_COLUMNS) {
    const result: RotationResult = { label: c.label, reencrypted: 0, unreadable: 0 };
    const col = sql.ref(c.column);
    const stale =
      c.kind === 'text' ? sql`${col} IS NOT NULL AND ${col} NOT LIKE ${`v1.${encryptor.currentKeyId}.%`}` : sql`${col}::text LIKE '%"v1.%'`;
    // Keyset paging by id: rows that cannot be re-sealed are passed over, never retried in a loop.
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ id: string; value: unknown }>`
          SELECT id::text AS id, ${col} AS value FROM ${sql.table(c.table)}
          WHERE ${stale} AND id > ${after}::uuid ORDER BY id LIMIT ${batchSize}`.execute(trx);
        let done = 0;
        for (const row of rows) {
          const { next, changed } = reseal(row.value, encryptor, result);
          if (!changed) continue;
          const [to, from] = c.kind === 'text' ? [sql`${next}`, sql`${row.value}`] : [sql`${JSON.stringify(next)}::jsonb`, sql`${JSON.stringify(row.value)}::jsonb`];
          const swapped = await sql`UPDATE ${sql.table(c.table)} SET ${col} = ${to} WHERE id = ${row.id}::uuid AND ${col} = ${from}`.execute(trx);
          if (Number(swapped.numAffectedRows ?? 0) > 0) done += 1;
        }
        if (done > 0) {
          await audit.record(trx, { label: 'cli' }, {
            action: 'keys.rotate', purpose: 'security', subjectType: c.table, details: { column: c.column, reencrypted: done, toKey: encryptor.currentKeyId },
          });
        }
        result.reencrypted += done;
        return rows;
      });
      if (batch.length < batchSize) break;
      after = batch[batch.length - 1]!.id;
    }
    results.push(result);
  }
  return results;
}

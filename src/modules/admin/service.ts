/**
 * Administration of the partner network: agencies, offices and staff accounts. Every
 * change is audited in its own transaction and guarded by the version the admin read.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Clock } from '../../server/clock';
import { AppError, fieldError, versionConflict } from '../../server/errors';
import type { AuditService } from '../audit/service';
import type { AuditActor } from '../audit/schema';
import { hashPassword } from '../auth/password';
import * as repo from './repo';
import type { AgencyCreate, AgencyUpdate, OfficeCreate, OfficeUpdate, UserCreate, UserUpdate } from './schema';
import { toAgency, toMunicipality, toOffice, toStaffUser } from './mappers';

export type AdminService = ReturnType<typeof createAdminService>;

export function createAdminService(deps: {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  endUserSessions: (trx: Kysely<DB>, userId: string) => Promise<void>;
}) {
  const { db, clock, audit } = deps;

  /** Runs a change and its audit event in one transaction. */
  function change<T>(actor: AuditActor, action: string, subjectType: string, work: (trx: Kysely<DB>) => Promise<{ id: string; result: T; details?: Record<string, unknown> }>) {
    return db.transaction().execute(async (trx) => {
      const { id, result, details } = await work(trx);
      await audit.record(trx, actor, { action, subjectType, subjectId: id, purpose: 'administration', details });
      return result;
    });
  }

  async function assertAgencyNameFree(trx: Kysely<DB>, name: string, exceptId?: string) {
    const existing = await repo.findAgencyByName(trx, name);
    if (existing && existing.id !== exceptId) throw fieldError('name', 'name_taken');
  }

  async function assertOfficeInputValid(trx: Kysely<DB>, input: OfficeCreate, exceptId?: string) {
    const agency = await repo.findAgency(trx, input.agencyId);
    if (!agency) throw fieldError('agencyId', 'unknown_agency');
    if (!(await repo.findMunicipality(trx, input.municipalityCode))) throw fieldError('municipalityCode', 'unknown_municipality');
    const existing = await repo.findOfficeByName(trx, input.agencyId, input.name);
    if (existing && existing.id !== exceptId) throw fieldError('name', 'name_taken');
  }

  async function assertUserPlacementValid(trx: Kysely<DB>, input: { agencyId: string; officeId: string | null }) {
    if (!(await repo.findAgency(trx, input.agencyId))) throw fieldError('agencyId', 'unknown_agency');
    if (input.officeId) {
      const office = await repo.findOffice(trx, input.officeId);
      if (!office) throw fieldError('officeId', 'unknown_office');
      if (office.agency_id !== input.agencyId) throw fieldError('officeId', 'office_not_in_agency');
    }
  }

  async function currentAgency(trx: Kysely<DB>, id: string) {
    const row = (await repo.listAgencies(trx)).find((a) => a.id === id);
    if (!row) throw new AppError('not_found');
    return toAgency(row);
  }

  async function currentOffice(trx: Kysely<DB>, id: string) {
    const row = await repo.findOffice(trx, id);
    if (!row) throw new AppError('not_found');
    return toOffice(row);
  }

  async function currentUser(trx: Kysely<DB>, id: string) {
    const row = await repo.findUser(trx, id);
    if (!row) throw new AppError('not_found');
    return toStaffUser(row, clock.now());
  }

  return {
    listMunicipalities: async () => (await repo.listMunicipalities(db)).map(toMunicipality),
    listAgencies: async () => (await repo.listAgencies(db)).map(toAgency),
    listOffices: async (agencyId?: string) => (await repo.listOffices(db, agencyId)).map(toOffice),
    listUsers: async (filter: { agencyId?: string; q?: string }) =>
      (await repo.listUsers(db, filter)).map((u) => toStaffUser(u, clock.now())),

    createAgency: (actor: AuditActor, input: AgencyCreate) =>
      change(actor, 'admin.agency.create', 'agency', async (trx) => {
        await assertAgencyNameFree(trx, input.name);
        const { id } = await repo.insertAgency(trx, input);
        return { id, result: await currentAgency(trx, id), details: { fields: ['name', 'type'] } };
      }),

    updateAgency: (actor: AuditActor, id: string, input: AgencyUpdate) =>
      change(actor, 'admin.agency.update', 'agency', async (trx) => {
        const before = await currentAgency(trx, id);
        await assertAgencyNameFree(trx, input.name, id);
        const { version, ...values } = input;
        if (!(await repo.updateAgency(trx, id, version, values, clock.now()))) throw versionConflict(before.version);
        return { id, result: await currentAgency(trx, id), details: { changed: changedKeys(before, values) } };
      }),

    createOffice: (actor: AuditActor, input: OfficeCreate) =>
      change(actor, 'admin.office.create', 'office', async (trx) => {
        await assertOfficeInputValid(trx, input);
        const { id } = await repo.insertOffice(trx, officeValues(input));
        return { id, result: await currentOffice(trx, id) };
      }),

    updateOffice: (actor: AuditActor, id: string, input: OfficeUpdate) =>
      change(actor, 'admin.office.update', 'office', async (trx) => {
        const before = await currentOffice(trx, id);
        await assertOfficeInputValid(trx, input, id);
        if (!(await repo.updateOffice(trx, id, input.version, { ...officeValues(input), active: input.active }, clock.now()))) {
          throw versionConflict(before.version);
        }
        return { id, result: await currentOffice(trx, id), details: { changed: changedKeys(before, input) } };
      }),

    createUser: async (actor: AuditActor, input: UserCreate) => {
      const passwordHash = await hashPassword(input.password);
      return change(actor, 'admin.user.create', 'staff_user', async (trx) => {
        if (await repo.findUserIdByEmail(trx, input.email)) throw fieldError('email', 'email_taken');
        await assertUserPlacementValid(trx, input);
        const { id } = await repo.insertUser(trx, { ...userValues(input), email: input.email, password_hash: passwordHash });
        return { id, result: await currentUser(trx, id), details: { roles: input.roles } };
      });
    },

    updateUser: (actor: AuditActor, id: string, input: UserUpdate) =>
      change(actor, 'admin.user.update', 'staff_user', async (trx) => {
        const before = await currentUser(trx, id);
        if (id === actor.userId && before.roles.includes('administrator') && !input.roles.includes('administrator')) {
          throw fieldError('roles', 'cannot_remove_own_admin');
        }
        await assertUserPlacementValid(trx, input);
        if (!(await repo.updateUser(trx, id, input.version, { ...userValues(input), active: input.active }, clock.now()))) {
          throw versionConflict(before.version);
        }
        // A deactivated account, or one whose roles shrank, must not keep live sessions.
        const rolesRemoved = before.roles.some((r) => !input.roles.includes(r));
        if (!input.active || rolesRemoved) await deps.endUserSessions(trx, id);
        return { id, result: await currentUser(trx, id), details: { changed: changedKeys(before, input), roles: input.roles } };
      }),

    unlockUser: (actor: AuditActor, id: string) =>
      change(actor, 'admin.user.unlock', 'staff_user', async (trx) => {
        await currentUser(trx, id);
        await repo.unlockUser(trx, id, clock.now());
        return { id, result: await currentUser(trx, id) };
      }),

    setPassword: async (actor: AuditActor, id: string, password: string) => {
      const passwordHash = await hashPassword(password);
      await change(actor, 'admin.user.set_password', 'staff_user', async (trx) => {
        await currentUser(trx, id);
        await repo.setPasswordHash(trx, id, passwordHash, clock.now());
        await deps.endUserSessions(trx, id);
        return { id, result: undefined };
      });
    },
  };
}

const officeValues = (input: OfficeCreate): repo.OfficeValues => ({
  agency_id: input.agencyId,
  name: input.name,
  municipality_code: input.municipalityCode,
  address: input.address,
  phone: input.phone,
});

const userValues = (input: Omit<UserUpdate, 'active' | 'version'>): repo.UserValues => ({
  display_name: input.displayName,
  agency_id: input.agencyId,
  office_id: input.officeId,
  roles: [...new Set(input.roles)],
  preferred_language: input.preferredLanguage,
});

/** Names of the fields an update changed: audit says what changed without copying values. */
function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((k) => k !== 'version' && k in before && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

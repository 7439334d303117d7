/** Kysely table types of the conferences module; they mirror its migration. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ConferenceTables {}

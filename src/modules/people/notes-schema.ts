/** Case notes: free text about a person in one data category, encrypted at rest. */
import { z } from 'zod';
import { DataCategory, ProcessingPurpose } from '../access/data-categories';
import { Id, Version } from './schema';

export const NOTE_MAX_LENGTH = 20_000;
const body = z.string().trim().min(1).max(NOTE_MAX_LENGTH).describe('The note; stored encrypted (AES-256-GCM)');

export const NotePersonParams = z.object({ personId: Id });
export const NoteParams = z.object({ personId: Id, noteId: Id });
export const NoteListQuery = z.object({ purpose: ProcessingPurpose.default('case_work') });

export const NoteCreate = z.object({
  dataCategory: DataCategory.describe('What the note is about; only viewers who may see this category ever get it'),
  body,
});
export type NoteCreate = z.infer<typeof NoteCreate>;

export const NoteUpdate = z.object({
  dataCategory: DataCategory.optional().describe('Move the note to another category (must be visible to you)'),
  body,
  version: Version,
});
export type NoteUpdate = z.infer<typeof NoteUpdate>;

export const Note = z.object({
  id: Id,
  personId: Id,
  dataCategory: DataCategory,
  body: z.string(),
  agency: z.object({ id: Id, name: z.string() }).describe('Agency whose record the note is; only its staff edit it'),
  author: z.object({ id: Id, displayName: z.string() }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type Note = z.infer<typeof Note>;

/** Case notes of a person: the ones the viewer may see (each read is audited) and writing one. */
import { useQuery } from '@tanstack/react-query';
import type { Note, NoteCreate, NoteUpdate } from '../../modules/people/notes-schema';
import { api } from './client';

export type { Note, NoteCreate, NoteUpdate };

export const notesKey = (personId: string) => ['people', 'notes', personId] as const;

export function useNotes(personId: string) {
  return useQuery({
    queryKey: notesKey(personId),
    queryFn: () => api<Note[]>({ operation: 'people.notes', path: `/api/people/${personId}/notes` }),
    staleTime: 60_000,
  });
}

export function addNote(personId: string, body: NoteCreate) {
  return api<Note>({ operation: 'people.addNote', method: 'POST', path: `/api/people/${personId}/notes`, body });
}

export function updateNote(personId: string, noteId: string, body: NoteUpdate) {
  return api<Note>({ operation: 'people.updateNote', method: 'PUT', path: `/api/people/${personId}/notes/${noteId}`, body });
}

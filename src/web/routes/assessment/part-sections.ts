/** Which sections and questions of the instrument each part of an assessment asks (as the server's answers.ts inPart). */
import type { AssessmentView, Part, Question, Section } from './api';

export interface PartSection {
  section: Section;
  questions: Question[];
}

export function partSections(instrument: Section[], visible: AssessmentView['sections'], part: Part): PartSection[] {
  const shown = new Set(visible.map((s) => s.id));
  return instrument
    .filter((s) => shown.has(s.id) && (part === 'specialist' ? s.specialist : !s.specialist))
    .map((section) => ({ section, questions: part === 'self' ? section.questions.filter((q) => q.selfAssessment) : section.questions }))
    .filter((s) => s.questions.length > 0);
}

/** Required interview questions and how many are answered, counting what is on screen (saved or not). */
export function progressOf(sections: PartSection[], answered: (questionId: string) => boolean) {
  const required = sections.flatMap((s) => s.questions.filter((q) => q.required));
  return { required: required.length, answered: required.filter((q) => answered(q.id)).length };
}

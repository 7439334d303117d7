/**
 * Parses the editor's text; on a syntax error, finds where it is. Browsers word the error
 * in English and differently, but all give the character offset ("position 123"), from
 * which the line and column are worked out and said in the person's language.
 */
export interface JsonProblem {
  offset?: number;
  line?: number;
  column?: number;
}

export function jsonProblem(text: string): { value: unknown; problem?: undefined } | { value?: undefined; problem: JsonProblem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const at = /position (\d+)/.exec(message);
    if (!at) return { problem: {} };
    const offset = Math.min(Number(at[1]), text.length);
    const before = text.slice(0, offset).split('\n');
    return { problem: { offset, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 } };
  }
}

/**
 * Badges that never cut their words: Mantine truncates a badge's label with "…" when a
 * table column is narrow, which turns "Active" into "Acti…" (and longer words in Armenian
 * or Russian more often).
 */
export const wholeBadge = { root: { flexShrink: 0, minWidth: 'max-content' }, label: { overflow: 'visible' } };

/** For longer labels (data categories): wrap onto a second line instead of growing the column. */
export const wrappingBadge = {
  root: { height: 'auto', maxWidth: '100%', paddingBlock: 2 },
  label: { overflow: 'visible', whiteSpace: 'normal', lineHeight: 1.35 },
} as const;

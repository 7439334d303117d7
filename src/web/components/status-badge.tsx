/** A yes/no state as a badge with words, never colour alone. */
import { Badge } from '@mantine/core';

interface Props {
  on: boolean;
  onLabel: string;
  offLabel: string;
  /** Colour when on; "off" is always grey. Red suits warnings such as "locked". */
  color?: string;
}

export function StatusBadge({ on, onLabel, offLabel, color = 'teal' }: Props) {
  return (
    // Never truncated: a squeezed table column must not turn "Active" into "Act…".
    <Badge variant="light" color={on ? color : 'gray'} radius="sm" tt="none" styles={{ root: { flexShrink: 0, minWidth: 'max-content' }, label: { overflow: 'visible' } }}>
      {on ? onLabel : offLabel}
    </Badge>
  );
}

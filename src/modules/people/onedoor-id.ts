/** The OneDoor ID printed on documents and read out on the phone, e.g. OD-4K7Q-2M9X. */
import { randomInt } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so an ID read out loud is not misheard.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ONEDOOR_ID_PATTERN = /^OD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export function newOnedoorId(): string {
  const chars = Array.from({ length: 8 }, () => CROCKFORD[randomInt(32)]).join('');
  return `OD-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * A fresh ID not yet taken. 32^8 ≈ 10^12 values make a collision rare, but a printed ID
 * must never point at two people, so taken ones are drawn again.
 */
export async function uniqueOnedoorId(isTaken: (id: string) => Promise<boolean>, attempts = 8): Promise<string> {
  for (let i = 0; i < attempts; i++) {
    const id = newOnedoorId();
    if (!(await isTaken(id))) return id;
  }
  throw new Error('Could not draw a free OneDoor ID');
}

/**
 * Who lives together: the make-up of one household (relationship, sex and age of each
 * member) before anyone gets a name. Every member is a client, so every age is 16–64
 * (working age); younger children are not in the register.
 */
import type { Rng } from './random';
import type { Sex } from './names';

export type Relationship = 'head' | 'spouse' | 'partner' | 'child' | 'parent' | 'sibling' | 'grandchild' | 'other_relative' | 'other';

export interface MemberPlan {
  relationship: Relationship;
  sex: Sex;
  age: number;
}

export const MIN_AGE = 16;
export const MAX_AGE = 64;

const clampAge = (age: number) => Math.min(MAX_AGE, Math.max(MIN_AGE, age));

// Household sizes of adult clients: many live alone or as a couple, few with five or six.
const SIZE_WEIGHTS = [[1, 26], [2, 24], [3, 20], [4, 16], [5, 9], [6, 5]] as const;

// Age of the head: people of every working age, fewer of the youngest.
const HEAD_AGE_BANDS = [[[18, 24], 8], [[25, 34], 25], [[35, 44], 27], [[45, 54], 22], [[55, 64], 18]] as const;

export function planHousehold(rng: Rng, maxSize: number): MemberPlan[] {
  const size = Math.min(maxSize, rng.weighted(SIZE_WEIGHTS));
  const band = HEAD_AGE_BANDS[rng.weighted(HEAD_AGE_BANDS.map(([, w], i) => [i, w] as const))]![0];
  const head: MemberPlan = { relationship: 'head', sex: rng.chance(0.62) ? 'male' : 'female', age: rng.int(band[0], band[1]) };
  const members = [head];
  const other = (sex: Sex): Sex => (sex === 'male' ? 'female' : 'male');
  const anySex = (): Sex => (rng.chance(0.5) ? 'male' : 'female');

  if (size >= 2 && head.age >= 20 && rng.chance(0.8)) {
    // Husbands are usually a few years older than their wives.
    const gap = rng.int(0, 6) * (head.sex === 'male' ? -1 : 1);
    const age = Math.max(18, clampAge(head.age + gap));
    members.push({ relationship: rng.chance(0.9) ? 'spouse' : 'partner', sex: other(head.sex), age });
  }
  while (members.length < size) members.push(nextMember(rng, head, anySex));
  return members;
}

/** Another member whose age fits their relationship to the head. */
function nextMember(rng: Rng, head: MemberPlan, anySex: () => Sex): MemberPlan {
  const options: [Relationship, number][] = [['sibling', 1], ['other_relative', 1]];
  if (head.age - 18 >= MIN_AGE) options.push(['child', 8]);
  if (head.age + 20 <= MAX_AGE) options.push(['parent', head.age < 35 ? 6 : 2]);
  if (head.age - 38 >= MIN_AGE) options.push(['grandchild', 2]);
  if (head.age < 35) options.push(['other', 1]);
  const relationship = rng.weighted(options);
  switch (relationship) {
    case 'child':
      return { relationship, sex: anySex(), age: rng.int(MIN_AGE, Math.min(head.age - 18, 40)) };
    case 'parent':
      return { relationship, sex: anySex(), age: rng.int(head.age + 20, Math.min(head.age + 32, MAX_AGE)) };
    case 'grandchild':
      return { relationship, sex: anySex(), age: rng.int(MIN_AGE, head.age - 38) };
    case 'sibling':
    case 'other_relative':
      return { relationship, sex: anySex(), age: clampAge(head.age + rng.int(-8, 8)) };
    default:
      return { relationship, sex: anySex(), age: clampAge(head.age + rng.int(-5, 5)) };
  }
}

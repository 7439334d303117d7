import { describe, expect, it } from 'vitest';
import { isValidNationalId, normaliseNationalId } from './national-id';
import { newOnedoorId, ONEDOOR_ID_PATTERN, uniqueOnedoorId } from './onedoor-id';
import { nearBirthDates } from './search-score';
import { isRealDate } from './validate';

describe('national ids', () => {
  it('Armenia: 10 digits, separators allowed when typed', () => {
    expect(isValidNationalId(normaliseNationalId('12 3456-7890'), 'AM')).toBe(true);
    expect(isValidNationalId('123456789', 'AM')).toBe(false);
    expect(isValidNationalId('12345678AB', 'AM')).toBe(false);
  });
  it('Western Balkans: 13-digit JMBG with its check digit', () => {
    expect(isValidNationalId('0101006500006', 'RS')).toBe(true);
    expect(isValidNationalId('0101006500007', 'RS')).toBe(false);
  });
  it('unknown countries: a loose alphanumeric check', () => {
    expect(isValidNationalId('AB12345', 'FR')).toBe(true);
    expect(isValidNationalId('A', 'FR')).toBe(false);
  });
});

describe('OneDoor ids', () => {
  it('are OD-XXXX-XXXX in Crockford base32', () => {
    for (let i = 0; i < 200; i++) expect(newOnedoorId()).toMatch(ONEDOOR_ID_PATTERN);
  });
  it('draw again when one is taken', async () => {
    let calls = 0;
    const id = await uniqueOnedoorId(async () => ++calls < 3);
    expect(calls).toBe(3);
    expect(id).toMatch(ONEDOOR_ID_PATTERN);
    await expect(uniqueOnedoorId(async () => true, 2)).rejects.toThrow();
  });
});

describe('dates', () => {
  it('knows real dates', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2023-13-01')).toBe(false);
  });
  it('near birth dates: a day either side and day/month swapped when that is a date', () => {
    expect(nearBirthDates('1990-04-07')).toEqual(['1990-04-06', '1990-04-08', '1990-07-04']);
    expect(nearBirthDates('1990-05-13')).toEqual(['1990-05-12', '1990-05-14']);
    expect(nearBirthDates('1990-03-03')).toEqual(['1990-03-02', '1990-03-04']);
  });
});

/**
 * National identification numbers, checked per country where the format is known. The
 * country is the one of the person's municipality (municipality.country), Armenia when
 * none is given.
 */

/** Spaces and dashes are how people write numbers down, not part of them. */
export const normaliseNationalId = (value: string) => value.replace(/[\s-]/g, '').toUpperCase();

// Yugoslav-era JMBG/EMBG (13 digits, mod-11 check digit), still used in the Western Balkans.
function validJmbg(id: string): boolean {
  if (!/^\d{13}$/.test(id)) return false;
  const d = [...id].map(Number);
  const weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((s, w, i) => s + w * d[i]!, 0);
  const m = 11 - (sum % 11);
  const check = m > 9 ? 0 : m;
  return check === d[12];
}

const rules: Record<string, (id: string) => boolean> = {
  // Public service number (ՀԾՀ / social card number): 10 digits.
  AM: (id) => /^\d{10}$/.test(id),
  RS: validJmbg,
  ME: validJmbg,
  MK: validJmbg,
  BA: validJmbg,
  // Kosovo personal number: 10 digits.
  XK: (id) => /^\d{10}$/.test(id),
};

/** True when the (normalised) number fits the country's format; unknown countries get a loose check. */
export function isValidNationalId(id: string, country: string): boolean {
  const rule = rules[country];
  return rule ? rule(id) : /^[0-9A-Z]{4,20}$/.test(id);
}

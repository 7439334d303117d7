/** argon2id with OWASP's recommended parameters (19 MiB, 2 iterations). */
import { hash, verify } from '@node-rs/argon2';

const options = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the e-mail is unknown keeps response times alike, so
// timing does not reveal which e-mails have accounts.
let dummyHash: Promise<string> | undefined;
export function burnPasswordCheck(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('onedoor-timing-equaliser');
  return dummyHash.then((h) => verifyPassword(h, password));
}

/** Minimum length is what matters most (NIST SP 800-63B); no composition rules. */
export const MIN_PASSWORD_LENGTH = 12;

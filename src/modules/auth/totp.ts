/** TOTP second factor (RFC 6238, authenticator-app defaults), time taken from our clock. */
import { generate, generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

const periodSeconds = 30;

export const newTotpSecret = () => generateSecret();

export async function totpProvisioning(secret: string, account: string) {
  const otpauthUrl = generateURI({ issuer: 'OneDoor', label: account, secret });
  return { secret, otpauthUrl, qrDataUrl: await QRCode.toDataURL(otpauthUrl) };
}

/**
 * Accepts the current code and the one before it (30 s of clock drift), but never a code
 * from `lastStep` or earlier: each code works once. Returns the code's time step, to be
 * remembered, or undefined when the code is refused.
 */
export async function checkTotp(secret: string, code: string, now: Date, lastStep: number | null): Promise<number | undefined> {
  const epoch = Math.floor(now.getTime() / 1000);
  const result = await verify({ secret, token: code, epoch, epochTolerance: [30, 0], afterTimeStep: lastStep ?? undefined });
  return result.valid ? Math.floor(epoch / periodSeconds) + result.delta : undefined;
}

/** For tests and the demo: the code an authenticator app would show at `now`. */
export const totpCodeAt = (secret: string, now: Date) => generate({ secret, epoch: Math.floor(now.getTime() / 1000) });

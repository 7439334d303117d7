/** TOTP second factor (RFC 6238, authenticator-app defaults), time taken from our clock. */
import { generate, generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

export const newTotpSecret = () => generateSecret();

export async function totpProvisioning(secret: string, account: string) {
  const otpauthUrl = generateURI({ issuer: 'OneDoor', label: account, secret });
  return { secret, otpauthUrl, qrDataUrl: await QRCode.toDataURL(otpauthUrl) };
}

/** Accepts the current code and the one before it (30 s of clock drift). */
export async function checkTotp(secret: string, code: string, now: Date): Promise<boolean> {
  const result = await verify({ secret, token: code, epoch: Math.floor(now.getTime() / 1000), epochTolerance: [30, 0] });
  return result.valid;
}

/** For tests and the demo: the code an authenticator app would show at `now`. */
export const totpCodeAt = (secret: string, now: Date) => generate({ secret, epoch: Math.floor(now.getTime() / 1000) });

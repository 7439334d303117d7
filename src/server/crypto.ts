/**
 * Field-level encryption at rest (AES-256-GCM). Ciphertexts carry the id of the key that
 * made them, so keys can be rotated: new writes use the current key, old rows still open
 * with a retired key until they are re-encrypted.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface Encryptor {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** Id of the key new ciphertexts are sealed with; anything else needs re-encrypting before its key is dropped. */
  currentKeyId: string;
}

const keyId = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);

/** Id of the key a ciphertext was sealed with (the second dot-separated part). */
export const sealedKeyId = (sealed: string) => sealed.split('.')[1] ?? '';

export function createEncryptor(current: Buffer, retired: Buffer[] = []): Encryptor {
  if (current.length !== 32) throw new Error('Encryption key must be 32 bytes');
  const keys = new Map([current, ...retired].map((k) => [keyId(k), k]));
  const currentId = keyId(current);
  return {
    currentKeyId: currentId,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', currentId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    decrypt(sealed) {
      const [version, id, iv, tag, body] = sealed.split('.');
      const key = id ? keys.get(id) : undefined;
      if (version !== 'v1' || !key || !iv || !tag || body === undefined) throw new Error('Unreadable ciphertext');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

/** Random opaque token for cookies and links. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** Tokens are stored hashed: a copy of the database must not hold live credentials. */
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function hmac(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

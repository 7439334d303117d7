/**
 * Configuration: environment variables parsed once at start-up, with safe defaults for a
 * laptop and a hard stop when a production deployment is missing something it needs.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const KEY = /^[A-Za-z0-9+/]{43}=$/;

const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('localhost'),
  DATABASE_URL: z.string().url().optional(),
  ONEDOOR_DATA_DIR: z.string().default('./data'),
  ONEDOOR_PUBLIC_URL: z.string().url().optional(),
  ONEDOOR_SESSION_SECRET: z.string().min(32).optional(),
  ONEDOOR_ENCRYPTION_KEY: z.string().regex(KEY, 'base64 of 32 bytes').optional(),
  // Keys being rotated out: still open old ciphertexts until `onedoor keys rotate` has re-sealed them.
  ONEDOOR_ENCRYPTION_KEYS_RETIRED: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((k) => k.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(KEY, 'comma-separated base64 keys of 32 bytes'))),
  ONEDOOR_SEED_DEMO: flag.optional(),
  ONEDOOR_SEED_CLIENTS: z.coerce.number().int().min(0).max(1_000_000).default(1000),
  ONEDOOR_SECURE_COOKIES: flag.optional(),
  ONEDOOR_TRUST_PROXY: flag.default(false),
  ONEDOOR_ACCESS_LOG_STAFF_NAMES: flag.default(true),
  // E-mail for notifications (smtp://user:pass@host:587); unset = notifications stay in-app.
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('OneDoor <no-reply@onedoor.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  // Days a referral may stay in one status before its current owner is nudged.
  REFERRAL_STALE_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_SCOPES: z.string().default('openid email profile'),
  // Development and tests only: lets openid-client talk to an http:// identity provider.
  OIDC_ALLOW_INSECURE: flag.default(false),
});

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  scopes: string;
  redirectUri: string;
  /** Plain-http identity provider allowed (OIDC_ALLOW_INSECURE): development and tests only. */
  allowInsecureRequests: boolean;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl?: string;
  dataDir: string;
  sessionSecret: string;
  encryptionKey: Buffer;
  /** Former keys: decrypt only, until every value sealed with them is re-encrypted. */
  retiredEncryptionKeys: Buffer[];
  seedDemo: boolean;
  seedClients: number;
  secureCookies: boolean;
  trustProxy: boolean;
  logLevel: string;
  /** Whether a client's access log names the staff member (some laws allow only agency and role). */
  accessLogStaffNames: boolean;
  session: { idleMinutes: number; maxHours: number };
  signIn: { maxFailures: number; lockoutMinutes: number; ratePerMinute: number };
  oidc?: OidcConfig;
  mail: { smtpUrl?: string; from: string };
  /** Days a referral may stay in one status before its current owner is nudged (REFERRAL_STALE_DAYS). */
  referralStaleDays: number;
}

interface Secrets {
  sessionSecret: string;
  encryptionKey: string;
}

/** Secrets not given in the environment are generated once and kept (0600) in the data dir. */
function loadOrCreateSecrets(dataDir: string): Secrets {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Secrets;
  mkdirSync(dataDir, { recursive: true });
  const secrets: Secrets = {
    sessionSecret: randomBytes(32).toString('base64url'),
    encryptionKey: randomBytes(32).toString('base64'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
  return secrets;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production) {
    const missing = ['DATABASE_URL', 'ONEDOOR_SESSION_SECRET', 'ONEDOOR_ENCRYPTION_KEY', 'ONEDOOR_PUBLIC_URL'].filter(
      (name) => !env[name],
    );
    if (missing.length) throw new Error(`Production needs these settings: ${missing.join(', ')}`);
    if (e.OIDC_ALLOW_INSECURE) throw new Error('OIDC_ALLOW_INSECURE is for development and tests only');
  }
  const dataDir = resolve(e.ONEDOOR_DATA_DIR);
  const needGenerated = !e.ONEDOOR_SESSION_SECRET || !e.ONEDOOR_ENCRYPTION_KEY;
  const generated = needGenerated ? loadOrCreateSecrets(dataDir) : undefined;
  const publicUrl = (e.ONEDOOR_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  const oidc =
    e.OIDC_ISSUER && e.OIDC_CLIENT_ID
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID,
          clientSecret: e.OIDC_CLIENT_SECRET,
          scopes: e.OIDC_SCOPES,
          redirectUri: `${publicUrl}/api/auth/oidc/callback`,
          allowInsecureRequests: e.OIDC_ALLOW_INSECURE,
        }
      : undefined;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    sessionSecret: e.ONEDOOR_SESSION_SECRET ?? generated!.sessionSecret,
    encryptionKey: Buffer.from(e.ONEDOOR_ENCRYPTION_KEY ?? generated!.encryptionKey, 'base64'),
    retiredEncryptionKeys: e.ONEDOOR_ENCRYPTION_KEYS_RETIRED.map((k) => Buffer.from(k, 'base64')),
    seedDemo: e.ONEDOOR_SEED_DEMO ?? !production,
    seedClients: e.ONEDOOR_SEED_CLIENTS,
    secureCookies: e.ONEDOOR_SECURE_COOKIES ?? publicUrl.startsWith('https://'),
    trustProxy: e.ONEDOOR_TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    accessLogStaffNames: e.ONEDOOR_ACCESS_LOG_STAFF_NAMES,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, maxHours: e.SESSION_MAX_HOURS },
    signIn: { maxFailures: e.SIGN_IN_MAX_FAILURES, lockoutMinutes: e.SIGN_IN_LOCKOUT_MINUTES, ratePerMinute: e.SIGN_IN_RATE_LIMIT },
    oidc,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    referralStaleDays: e.REFERRAL_STALE_DAYS,
  };
}

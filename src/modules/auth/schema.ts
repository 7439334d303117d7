import { z } from 'zod';
import { Permission, Role } from '../access/roles';

export const LanguageCode = z.enum(['en', 'ru', 'hy']).describe('Interface language');

export const SignInRequest = z.object({
  email: z.string().trim().min(1).max(254).describe('Sign-in e-mail'),
  password: z.string().min(1).max(1024),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

export const SecondFactorRequest = z.object({
  code: z.string().trim().regex(/^\d{6}$/).describe('6-digit code from the authenticator app'),
});

export const Me = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  agency: z.object({ id: z.uuid(), name: z.string(), type: z.string() }),
  office: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  roles: z.array(Role),
  permissions: z.array(Permission),
  preferredLanguage: LanguageCode,
  totpEnabled: z.boolean(),
  authMethod: z.enum(['password', 'oidc']),
});
export type Me = z.infer<typeof Me>;

export const SignInResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('signed_in'), me: Me }),
  z.object({ status: z.literal('second_factor_required') }),
]);
export type SignInResult = z.infer<typeof SignInResult>;

export const CsrfToken = z.object({ token: z.string().describe('Send as the x-csrf-token header on every change') });

export const AuthProviders = z.object({
  password: z.boolean(),
  oidc: z.boolean().describe('Single sign-on is configured'),
});

export const TotpSetup = z.object({
  secret: z.string().describe('Base32 secret, for manual entry'),
  otpauthUrl: z.string(),
  qrDataUrl: z.string().describe('PNG data URL of the QR code'),
});

export const LanguageUpdate = z.object({ language: LanguageCode });

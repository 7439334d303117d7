/**
 * Plays the authenticator app. Codes are used in strictly increasing 30-second steps,
 * as a server that refuses replayed codes requires. The server also accepts the code of
 * the previous step (clock drift), so the first code comes from there and the journey
 * waits for a new step only when both have been used.
 */
import { totpCodeAt } from '../../src/modules/auth/totp';

const stepMs = 30_000;

export class Authenticator {
  private lastStep = -Infinity;

  constructor(private readonly secret: string) {}

  async nextCode(): Promise<string> {
    for (;;) {
      const now = Date.now();
      const current = Math.floor(now / stepMs);
      // The previous step's code is accepted only until this step ends: leave it a margin.
      const earliest = stepMs - (now % stepMs) > 5_000 ? current - 1 : current;
      const step = Math.max(this.lastStep + 1, earliest);
      if (step <= current) {
        this.lastStep = step;
        // Mid-step, so a few milliseconds of clock difference cannot change the code.
        return totpCodeAt(this.secret, new Date(step * stepMs + stepMs / 2));
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

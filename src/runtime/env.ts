/**
 * The app's own environment variables (Probot reads its standard ones itself).
 * See README "Environment variables" and .env.example.
 */
import { hostname } from "node:os";

export interface AppEnv {
  /** Unset: SQLite under ./data/; a path or sqlite:/file: URL: that SQLite file; postgres://: PostgreSQL. */
  databaseUrl: string | undefined;
  /** Period of the reconciler and the deadline sweep. */
  pollIntervalSeconds: number;
  /** Names this instance in leases and claims. */
  instanceId: string;
  /** How long a crashed instance's claims block the others (CLAIM_TIMEOUT_SECONDS). */
  claimTimeoutSeconds: number;
}

export class EnvError extends Error {
  override name = "EnvError";
}

export function readAppEnv(env: NodeJS.ProcessEnv): AppEnv {
  const poll = env.POLL_INTERVAL_SECONDS?.trim();
  const pollIntervalSeconds = poll ? Number(poll) : 60;
  if (!Number.isInteger(pollIntervalSeconds) || pollIntervalSeconds < 5 || pollIntervalSeconds > 86400) {
    throw new EnvError(`POLL_INTERVAL_SECONDS must be a whole number of seconds from 5 to 86400, got "${poll}"`);
  }
  const claim = env.CLAIM_TIMEOUT_SECONDS?.trim();
  const claimTimeoutSeconds = claim ? Number(claim) : 120;
  if (!Number.isInteger(claimTimeoutSeconds) || claimTimeoutSeconds < 1 || claimTimeoutSeconds > 3600) {
    throw new EnvError(`CLAIM_TIMEOUT_SECONDS must be a whole number of seconds from 1 to 3600, got "${claim}"`);
  }
  return {
    claimTimeoutSeconds,
    databaseUrl: env.DATABASE_URL,
    pollIntervalSeconds,
    instanceId: env.INSTANCE_ID?.trim() || `${hostname()}:${process.pid}`,
  };
}

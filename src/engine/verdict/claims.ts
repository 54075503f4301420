/**
 * Checking an example's claims (their schema: discover/claims-schema.ts) against a run's timeline: the checker is
 * shared with the browser's practice page (shared/claims.ts).
 */
export { checkClaim, defaultSays, maxInFlight, selectRows, type CheckedClaim } from '../../shared/claims.ts';

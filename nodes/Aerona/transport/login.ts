import { createHash } from 'crypto';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { sharedLogin, wouldLogIn } from '../../shared/sharedLogin';
import { budgetFor } from '../../shared/throttle';
import { aeronaBudget, aeronaBudgetKey, loginRequest } from './connection';

/**
 * A login's slot in the request budget, reserved by the rate guard together with the slot of a request
 * that may need a login (rateGuard.ts), and used by the login that follows. One reservation per budget
 * at a time, so that 200 executions reading an empty token reserve one login between them, not 200.
 * A reservation older than RESERVATION_MS is not used (the login then takes a slot of its own): the
 * slot was counted from the time of the reservation, and the budget's window is at least 1 s longer
 * than Aerona's (aeronaBudget), which covers a login sent within that second.
 *
 * Module state, per process, like the budgets themselves.
 */
/** Budget key → when the reserved slot was taken (null while the rate guard still waits for it). */
const reservations = new Map<string, number | null>();
const RESERVATION_MS = 1000;

/**
 * Whether the caller should take one more slot, for a login: true when its credential would start a
 * login now (sharedLogin) and no slot is reserved for one (now it is, until confirmLoginSlot).
 */
export function reserveLoginSlot(
	credentials: ICredentialDataDecryptedObject,
	budgetKey: string,
	now: number,
): boolean {
	if (!wouldLogIn(loginKey(credentials), String(credentials.sessionToken ?? ''), now)) return false;
	if (reservations.has(budgetKey)) {
		const takenAt = reservations.get(budgetKey);
		if (takenAt === null || now - (takenAt as number) < RESERVATION_MS) return false;
	}
	reservations.set(budgetKey, null);
	return true;
}

/** The reserved slot was taken, now. */
export function confirmLoginSlot(budgetKey: string, now: number) {
	if (reservations.get(budgetKey) === null) reservations.set(budgetKey, now);
}

/** The reserved slot could not be taken after all. */
export function cancelLoginSlot(budgetKey: string) {
	if (reservations.get(budgetKey) === null) reservations.delete(budgetKey);
}

/** Whether the login may use a reserved slot (taken less than RESERVATION_MS ago); it is used up. */
function useReservation(budgetKey: string, now: number): boolean {
	const takenAt = reservations.get(budgetKey);
	if (takenAt === null) return false;
	reservations.delete(budgetKey);
	return takenAt !== undefined && now - takenAt < RESERVATION_MS;
}

/**
 * The Aerona token for the credential's preAuthentication (n8n calls it when the token it read is empty,
 * after a 401, and for the Test button). Concurrent callers in this process with the same credential
 * values share one login (nodes/shared/sharedLogin.ts). The login that is sent uses the slot the rate
 * guard reserved for it, or takes one, waiting up to one budget window (logins without a reservation
 * come from the Test button or other nodes using the credential).
 */
export async function aeronaSessionToken(
	credentials: ICredentialDataDecryptedObject,
	login: () => Promise<string>,
	refuse: (message: string) => never,
): Promise<string> {
	const budget = aeronaBudget(credentials);
	const budgetKey = aeronaBudgetKey(credentials);
	const given = String(credentials.sessionToken ?? '');
	return await sharedLogin(loginKey(credentials), given, async () => {
		if (!useReservation(budgetKey, Date.now())) {
			try {
				await budgetFor(budgetKey, budget).take(budget.windowMs);
			} catch {
				// take() fails only when no slot opens within the wait (BudgetExhaustedError).
				refuse(
					`Aerona's rate limit: no slot for the login within ${Math.round(budget.windowMs / 1000)} s (the ${budget.limit} requests per window of this n8n process are spent). Nothing was sent.`,
				);
			}
		}
		return await login();
	});
}

/** The credential values a login depends on, hashed (the password and PIN are not kept as such). */
function loginKey(credentials: ICredentialDataDecryptedObject): string {
	const { url, body } = loginRequest(credentials);
	return createHash('sha256')
		.update(JSON.stringify([url, body]))
		.digest('hex');
}

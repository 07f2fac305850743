import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { BudgetExhaustedError, budgetFor } from '../../shared/throttle';
import { aeronaBudget, aeronaBudgetKey } from './connection';
import { cancelLoginSlot, confirmLoginSlot, reserveLoginSlot } from './login';

/**
 * Aerona invalidates a token that sends more than 300 requests in 15 minutes. The guard counts every
 * request this package sends for an Aerona user (aeronaBudgetKey), in this n8n process, and takes a slot
 * BEFORE each one: when the budget is spent it waits for a slot (up to Max Wait) or fails without sending.
 *
 * What counts: each API request, each retry, and each login. With an empty stored token n8n logs in
 * before the request: the guard reserves one slot for that login, unless one is reserved already
 * (login.ts), because concurrent executions share one login. After a 401 n8n sends the request again,
 * logs in when it is refused once more (shared the same way), and retries it: two slots, plus the
 * login's reservation.
 *
 * Per process: separate n8n processes (queue-mode workers, webhook processes) each keep their own count;
 * the credential's "n8n Processes" divides the limit between them (aeronaBudget).
 */
export interface RateGuard {
	beforeSend(call: 'send' | 'reauthenticate'): Promise<void>;
}

export function rateGuard(
	node: INode,
	credentials: ICredentialDataDecryptedObject,
	maxWaitSeconds: number,
	itemIndex?: number,
): RateGuard {
	const key = aeronaBudgetKey(credentials);
	const window = budgetFor(key, aeronaBudget(credentials));
	const maxWaitMs = Math.max(0, maxWaitSeconds) * 1000;
	const tokenStored = String(credentials.sessionToken ?? '') !== '';
	let waited = 0;
	return {
		async beforeSend(call) {
			const mayLogIn = call === 'reauthenticate' || !tokenStored;
			const login = mayLogIn && reserveLoginSlot(credentials, key, Date.now());
			const slots = (call === 'reauthenticate' ? 2 : 1) + (login ? 1 : 0);
			try {
				waited += await window.take(maxWaitMs - waited, slots);
				if (login) confirmLoginSlot(key, Date.now());
			} catch (error) {
				if (login) cancelLoginSlot(key);
				throw error instanceof BudgetExhaustedError
					? budgetError(node, error, maxWaitSeconds, itemIndex)
					: new NodeOperationError(node, error as Error, { itemIndex });
			}
		},
	};
}

function budgetError(
	node: INode,
	error: BudgetExhaustedError,
	maxWaitSeconds: number,
	itemIndex?: number,
): NodeOperationError {
	const seconds = Math.ceil(error.waitMs / 1000);
	return new NodeOperationError(
		node,
		`Aerona's rate limit: the ${error.budget.limit} requests this credential may send per window are spent, and the next slot opens in ${seconds} s, later than the Max Wait of ${maxWaitSeconds} s. Nothing was sent, so the Aerona token stays valid.`,
		{
			itemIndex,
			description:
				'Aerona invalidates the token of a login that sends more than 300 requests in 15 minutes. Raise Options → Max Wait to let the node wait for the budget, or send fewer items per run.',
		},
	);
}

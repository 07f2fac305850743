import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { BudgetExhaustedError, budgetFor } from '../../shared/throttle';
import { AERONA_CREDENTIAL, aeronaBudget } from './connection';

/**
 * Aerona invalidates a token that sends more than 300 requests in 15 minutes. The guard counts every
 * request this package sends with a credential, in this n8n process, and takes a slot BEFORE each one:
 * when the credential's budget is spent it waits for a slot (up to Max Wait) or fails without sending.
 *
 * What counts: each API request, each retry, and each login. A login is predicted from the stored
 * token: when it is empty n8n logs in before the request. After a 401 n8n sends the request again,
 * logs in when it is rejected once more, and retries it: three requests. The login counts although it
 * carries no token, because Aerona may count per user rather than per token.
 *
 * Per process: separate n8n processes (queue-mode workers, several instances) each keep their own count.
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
	const key = `aerona:${node.credentials?.[AERONA_CREDENTIAL]?.id ?? `${String(credentials.baseUrl)}|${String(credentials.username)}`}`;
	const window = budgetFor(key, aeronaBudget(credentials));
	const maxWaitMs = Math.max(0, maxWaitSeconds) * 1000;
	let waited = 0;
	let loginPending = String(credentials.sessionToken ?? '') === '';
	return {
		async beforeSend(call) {
			const slots = call === 'reauthenticate' ? 3 : loginPending ? 2 : 1;
			loginPending = false;
			for (let slot = 0; slot < slots; slot++) {
				try {
					waited += await window.take(maxWaitMs - waited);
				} catch (error) {
					throw error instanceof BudgetExhaustedError
						? budgetError(node, error, maxWaitSeconds, itemIndex)
						: new NodeOperationError(node, error as Error, { itemIndex });
				}
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

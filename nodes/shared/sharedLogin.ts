/**
 * One login at a time per login (a credential's values), in this n8n process. n8n logs in (the
 * credential's preAuthentication) whenever the token it read from the database is empty, or was just
 * rejected; concurrent executions read the same empty or stale token, and each would log in by itself.
 *
 * - Callers that arrive while a login is running wait for it and share its token.
 * - A login that finished less than REUSE_MS ago is shared too, with every caller that does not hold
 *   that very token: such a caller read the database before n8n saved the new token there. A caller
 *   holding it was just refused with it (expired, invalidated), and logs in again.
 * - A failed login is not remembered: its waiting callers get its error, the next caller tries again.
 *
 * Module state, per process: other n8n processes (queue-mode workers, webhook processes) each log in
 * once when they need to, and share the token through n8n's database from then on.
 */
interface LoginState {
	pending?: Promise<string>;
	token?: string;
	at?: number;
}

/** How long a finished login is handed to callers that read the database before it was saved. */
export const REUSE_MS = 60_000;

const logins = new Map<string, LoginState>();

/** The token a caller holding `given` would be handed without a login of its own, if any. */
function shared(state: LoginState | undefined, given: string, now: number): string | undefined {
	if (!state || state.token === undefined || state.at === undefined) return undefined;
	return state.token !== given && now - state.at < REUSE_MS ? state.token : undefined;
}

/** Whether a caller holding `given` would start a login now (none running, none to share). */
export function wouldLogIn(key: string, given: string, now: number = Date.now()): boolean {
	const state = logins.get(key);
	return state?.pending === undefined && shared(state, given, now) === undefined;
}

/**
 * The token for `key`: `login()` runs only when no login of the key is running and none finished in
 * the last REUSE_MS that the caller does not already hold (`given`: the token the caller read, '' if
 * none).
 */
export async function sharedLogin(
	key: string,
	given: string,
	login: () => Promise<string>,
	now: () => number = () => Date.now(),
): Promise<string> {
	let state = logins.get(key);
	if (!state) {
		state = {};
		logins.set(key, state);
	}
	if (state.pending) return await state.pending;
	const token = shared(state, given, now());
	if (token !== undefined) return token;
	const current = state;
	const pending = login().then(
		(token) => {
			current.token = token;
			current.at = now();
			current.pending = undefined;
			return token;
		},
		(error: unknown) => {
			current.pending = undefined;
			throw error;
		},
	);
	current.pending = pending;
	return await pending;
}

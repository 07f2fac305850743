/**
 * Aerona: 1,000 items through Patient → Get under Aerona's rate limit (300 requests per 15 minutes per
 * token; the token is invalidated beyond). The sandbox compresses the 15 minutes to WINDOW_SECONDS, and
 * the credential's "Request Limit Window" says the same, so the run waits for the budget like a real one
 * would, in seconds instead of 45 minutes.
 *
 * Checked: exactly one login, never more than 300 requests (the login included) in any window of the
 * sandbox's clock, no token invalidated, 1,000 records. The baseline is n8n's HTTP Request node with
 * the Aerona credential doing the same calls, throttled by its Batching option as a user would have to
 * (298 per window, so that the login and the list before it fit), because without throttling it gets
 * the token invalidated after 300 requests.
 */
const { workflow } = require('../../../scripts/lib/workflow');
const { peakInWindow } = require('../../../sandbox/lib/ratelimit');

const ITEMS = 1000;
const LIMIT = 300;
const WINDOW_SECONDS = 5;
const PREFIX = '/aerona/AeronaAPI/v1';
const credential = { aeronaApi: { id: 'benchAerona00001', name: 'Aerona bench' } };

/** Every patient (the sandbox has exactly 1,000), one item each: the input of the measured node. */
const listPatients = {
	name: 'All Patients',
	type: 'n8n-nodes-heydonto.aerona',
	credentials: credential,
	parameters: { resource: 'patient', operation: 'search', returnAll: true, filters: {} },
};

/**
 * The checks of the Aerona node's run, on the sandbox's request log. A token stored by an earlier run
 * is stale after the sandbox's reset: the first request is then rejected twice (n8n sends it again
 * before it logs in), and nothing after the login may be.
 */
function withinLimit(result) {
	const aerona = result.requestLog.filter((request) => request.path.startsWith(PREFIX));
	const logins = aerona.filter((request) => request.path === `${PREFIX}/login`).length;
	const login = aerona.findIndex((request) => request.path === `${PREFIX}/login`);
	const rejected = aerona.filter(
		(request, index) => index > login && request.status !== 200,
	).length;
	const peak = peakInWindow(
		aerona.map((request) => request.at),
		WINDOW_SECONDS * 1000,
	);
	if (logins !== 1) return `expected exactly one login, saw ${logins}`;
	if (rejected > 0) return `${rejected} requests were rejected (token invalidated?)`;
	if (peak > LIMIT)
		return `${peak} requests within one ${WINDOW_SECONDS} s window (limit ${LIMIT})`;
	return undefined;
}

module.exports = [
	{
		title: `Aerona: Patient → Get for ${ITEMS.toLocaleString('en')} items, ${LIMIT} requests per window`,
		credentials: async (sandbox) => [
			{
				...credential.aeronaApi,
				type: 'aeronaApi',
				data: {
					baseUrl: `${sandbox.url}${PREFIX}`,
					username: 'frontdesk',
					password: 'Sandbox-Aerona-1',
					practicePin: '1234',
					requestLimit: LIMIT,
					requestWindowSeconds: WINDOW_SECONDS,
					customizeLogin: false,
					sessionToken: '',
				},
			},
		],
		setup: async (sandbox) => {
			await sandbox.call('POST', '/__sandbox/aerona/settings', {
				rateLimit: LIMIT,
				rateWindowMs: WINDOW_SECONDS * 1000,
			});
		},
		runs: [
			{
				label: 'Aerona node',
				workflow: workflow('benchAeronaNode1', 'Bench: Aerona node', 'n8n-nodes-heydonto.aerona', [
					listPatients,
					{
						name: 'Get Patient',
						credentials: credential,
						parameters: { resource: 'patient', operation: 'get', patientId: '={{ $json.id }}' },
					},
				]),
				nodes: ['Get Patient'],
				countRequests: { method: 'GET', path: `^${PREFIX}/patients/\\d+$` },
				expect: { requests: ITEMS, items: ITEMS, check: withinLimit },
			},
			{
				label: 'HTTP Request node, batched 298 per window',
				baseline: true,
				workflow: workflow(
					'benchAeronaHttp1',
					'Bench: HTTP Request node',
					'n8n-nodes-base.httpRequest',
					[
						listPatients,
						{
							name: 'HTTP Request',
							typeVersion: 4.2,
							credentials: credential,
							parameters: {
								url: `=__SANDBOX__${PREFIX}/patients/{{ $json.id }}`,
								authentication: 'predefinedCredentialType',
								nodeCredentialType: 'aeronaApi',
								options: {
									batching: {
										batch: { batchSize: LIMIT - 2, batchInterval: (WINDOW_SECONDS + 1) * 1000 },
									},
								},
							},
						},
					],
				),
				nodes: ['HTTP Request'],
				countRequests: { method: 'GET', path: `^${PREFIX}/patients/\\d+$` },
				expect: { requests: ITEMS, items: ITEMS },
			},
		],
	},
];

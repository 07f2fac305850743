/**
 * AlfaDocs: Appointment → Get Many over one year. AlfaDocs refuses appointment ranges over 30 days, so
 * a year is 13 window requests (the fewest possible). The baseline is n8n's HTTP Request node asking
 * the same 13 windows (a Code node lists them), then Split Out, as a user would build it by hand.
 *
 * AlfaDocs: 100 items → Patient → Get. AlfaDocs asks for at most about 10 requests a second: the
 * baseline is the HTTP Request node kept to that rate by its Batching option (10 per second), and
 * beside it the HTTP Request node unbatched (every request at once). The node's rate (its requests,
 * GET /me included, per second of node time) is reported.
 */
const { rl, workflow } = require('../../../scripts/lib/workflow');
const { idItems, perItemHttpBaseline } = require('../baselines');

const PER_DAY = 20;
const YEAR = { start: '2025-01-01', end: '2025-12-31' };
const WINDOWS = 13;
const credential = { alfaDocsApi: { id: 'benchAlfaDocs001', name: 'AlfaDocs bench' } };
const ARCHIVE = '/alfadocs/api/v1/practices/7/archives/11';
const APPOINTMENTS = `^${ARCHIVE}/appointments$`;
const PATIENTS = 100;
const getPatient = { method: 'GET', path: `^${ARCHIVE}/patients/\\d+$` };
/** The HTTP Request node outputs AlfaDocs' `{status, data}` envelope; the node outputs the record. */
const unwrap = (json) => json.data;

/** Every weekday of 2025 holds PER_DAY appointments after the seed. */
const weekdays = (() => {
	let count = 0;
	for (let day = Date.UTC(2025, 0, 1); day <= Date.UTC(2025, 11, 31); day += 86400000) {
		const weekday = new Date(day).getUTCDay();
		if (weekday !== 0 && weekday !== 6) count++;
	}
	return count;
})();
const ITEMS = weekdays * PER_DAY;

/** The Code node of the baseline: the 30-day windows of the year, as a user would write them. */
const windowsCode = `const windows = [];
const last = new Date('${YEAR.end}T00:00:00Z');
for (let start = new Date('${YEAR.start}T00:00:00Z'); start <= last; start = new Date(start.getTime() + 30 * 86400000)) {
  const end = new Date(Math.min(start.getTime() + 29 * 86400000, last.getTime()));
  windows.push({ json: { dateStart: start.toISOString().slice(0, 10), dateEnd: end.toISOString().slice(0, 10) } });
}
return windows;`;

const credentials = async (sandbox) => [
	{
		...credential.alfaDocsApi,
		type: 'alfaDocsApi',
		data: { apiKey: 'sandbox-alfadocs-key-11', baseUrl: `${sandbox.url}/alfadocs/api/v1` },
	},
];

module.exports = [
	{
		title: `AlfaDocs: Appointment → Get Many over a year (${ITEMS.toLocaleString('en')} appointments, ${WINDOWS} windows of 30 days)`,
		credentials,
		setup: async (sandbox) => {
			await sandbox.seed({ vendor: 'alfadocs', appointmentsPerDay: PER_DAY });
		},
		runs: [
			{
				label: 'AlfaDocs node',
				workflow: workflow(
					'benchAdApptsNode',
					'Bench: AlfaDocs node',
					'n8n-nodes-heydonto.alfaDocs',
					[
						{
							name: 'Get Appointments',
							credentials: credential,
							parameters: {
								resource: 'appointment',
								operation: 'getAll',
								startDate: `${YEAR.start}T00:00:00`,
								endDate: `${YEAR.end}T00:00:00`,
								returnAll: true,
								filters: {},
							},
						},
					],
				),
				nodes: ['Get Appointments'],
				countRequests: { method: 'GET', path: APPOINTMENTS },
				expect: { requests: WINDOWS, items: ITEMS },
			},
			{
				label: 'Code (windows) + HTTP Request node + Split Out',
				baseline: true,
				workflow: workflow(
					'benchAdApptsHttp',
					'Bench: HTTP Request node',
					'n8n-nodes-base.httpRequest',
					[
						{
							name: 'Windows',
							type: 'n8n-nodes-base.code',
							typeVersion: 2,
							parameters: { jsCode: windowsCode },
						},
						{
							name: 'HTTP Request',
							typeVersion: 4.2,
							credentials: credential,
							parameters: {
								url: '__SANDBOX__/alfadocs/api/v1/practices/7/archives/11/appointments',
								authentication: 'predefinedCredentialType',
								nodeCredentialType: 'alfaDocsApi',
								sendQuery: true,
								queryParameters: {
									parameters: [
										{ name: 'dateStart', value: '={{ $json.dateStart }}' },
										{ name: 'dateEnd', value: '={{ $json.dateEnd }}' },
									],
								},
								options: {},
							},
						},
						{
							name: 'Split Out',
							type: 'n8n-nodes-base.splitOut',
							parameters: { fieldToSplitOut: 'data', options: {} },
						},
					],
				),
				nodes: ['Windows', 'HTTP Request', 'Split Out'],
				countRequests: { method: 'GET', path: APPOINTMENTS },
				expect: { requests: WINDOWS, items: ITEMS },
			},
		],
	},
	{
		title: `AlfaDocs: ${PATIENTS} items → Patient → Get`,
		credentials,
		rate: true,
		runs: [
			{
				label: 'AlfaDocs node',
				workflow: workflow(
					'benchAdPatNode01',
					'Bench: AlfaDocs node, per item',
					'n8n-nodes-heydonto.alfaDocs',
					[
						idItems(PATIENTS),
						{
							name: 'Get Patient',
							credentials: credential,
							parameters: {
								resource: 'patient',
								operation: 'get',
								patientId: rl('={{ $json.id }}'),
							},
						},
					],
				),
				nodes: ['Get Patient'],
				countRequests: getPatient,
				expect: { requests: PATIENTS, items: PATIENTS },
			},
			{
				...perItemHttpBaseline({
					id: 'benchAdPatHttp10',
					name: 'Bench: HTTP Request node at 10 per second (AlfaDocs)',
					input: [idItems(PATIENTS)],
					url: `=__SANDBOX__${ARCHIVE}/patients/{{ $json.id }}`,
					credentialType: 'alfaDocsApi',
					credential: credential.alfaDocsApi,
					batch: { size: 10, intervalMs: 1000 },
				}),
				normalize: unwrap,
				countRequests: getPatient,
				expect: { requests: PATIENTS, items: PATIENTS },
			},
			{
				...perItemHttpBaseline({
					id: 'benchAdPatHttpUn',
					name: 'Bench: HTTP Request node, unbatched (AlfaDocs)',
					input: [idItems(PATIENTS)],
					url: `=__SANDBOX__${ARCHIVE}/patients/{{ $json.id }}`,
					credentialType: 'alfaDocsApi',
					credential: credential.alfaDocsApi,
				}),
				normalize: unwrap,
				countRequests: getPatient,
				expect: { requests: PATIENTS, items: PATIENTS },
			},
		],
	},
];

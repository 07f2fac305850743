/** HeyDonto: Return All over 10,000 sites, against n8n's HTTP Request node paginating the same list. */
const { workflow } = require('../../../scripts/lib/workflow');
const { heyDontoTokenCredential, pagedHttpBaseline } = require('../baselines');

const SITES = 10000;
const credential = { heyDontoApi: { id: 'benchHeyDonto001', name: 'HeyDonto bench' } };

module.exports = [
	{
		title: `HeyDonto: Site → Get Many, Return All over ${SITES.toLocaleString('en')} sites`,
		credentials: async (sandbox) => [
			await heyDontoTokenCredential(sandbox, credential.heyDontoApi),
		],
		setup: async (sandbox) => {
			await sandbox.seed({ vendor: 'heydonto', sites: SITES });
		},
		runs: [
			{
				label: 'HeyDonto node',
				workflow: workflow(
					'benchHdSitesNode',
					'Bench: HeyDonto node',
					'n8n-nodes-heydonto.heyDonto',
					[
						{
							name: 'Get Sites',
							credentials: credential,
							parameters: { resource: 'site', operation: 'getAll', returnAll: true },
						},
					],
				),
				nodes: ['Get Sites'],
				countRequests: { method: 'GET', path: '^/site$' },
				expect: { requests: Math.ceil(SITES / 100), items: SITES },
			},
			{
				...pagedHttpBaseline({
					id: 'benchHdSitesHttp',
					name: 'Bench: HTTP Request node',
					url: '__SANDBOX__/site',
					credentialType: 'heyDontoApi',
					credential: credential.heyDontoApi,
				}),
				countRequests: { method: 'GET', path: '^/site$' },
				expect: { requests: Math.ceil(SITES / 100), items: SITES },
			},
		],
	},
];

/**
 * HeyDonto: Return All over 10,000 sites against n8n's HTTP Request node paginating the same list, and
 * 200 items → Site → Get against the HTTP Request node sending one GET per item (unbatched: every
 * request at once, as it does by default; HeyDonto documents no rate limit).
 */
const { rl, workflow } = require('../../../scripts/lib/workflow');
const {
	heyDontoTokenCredential,
	idItems,
	pagedHttpBaseline,
	perItemHttpBaseline,
} = require('../baselines');

const SITES = 10000;
const ITEMS = 200;
const credential = { heyDontoApi: { id: 'benchHeyDonto001', name: 'HeyDonto bench' } };
const credentials = async (sandbox) => [
	await heyDontoTokenCredential(sandbox, credential.heyDontoApi),
];
const getSite = { method: 'GET', path: '^/site/\\d+$' };

module.exports = [
	{
		title: `HeyDonto: Site → Get Many, Return All over ${SITES.toLocaleString('en')} sites`,
		credentials,
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
	{
		title: `HeyDonto: ${ITEMS} items → Site → Get`,
		credentials,
		setup: async (sandbox) => {
			await sandbox.seed({ vendor: 'heydonto', sites: ITEMS });
		},
		runs: [
			{
				label: 'HeyDonto node',
				workflow: workflow(
					'benchHdGetNode01',
					'Bench: HeyDonto node, per item',
					'n8n-nodes-heydonto.heyDonto',
					[
						idItems(ITEMS),
						{
							name: 'Get Site',
							credentials: credential,
							parameters: { resource: 'site', operation: 'get', siteId: rl('={{ $json.id }}') },
						},
					],
				),
				nodes: ['Get Site'],
				countRequests: getSite,
				expect: { requests: ITEMS, items: ITEMS },
			},
			{
				...perItemHttpBaseline({
					id: 'benchHdGetHttp01',
					name: 'Bench: HTTP Request node, per item (HeyDonto)',
					input: [idItems(ITEMS)],
					url: '=__SANDBOX__/site/{{ $json.id }}',
					credentialType: 'heyDontoApi',
					credential: credential.heyDontoApi,
				}),
				countRequests: getSite,
				expect: { requests: ITEMS, items: ITEMS },
			},
		],
	},
];

/** HeyDonto: Return All over 10,000 sites, against n8n's HTTP Request node paginating the same list. */
const { workflow } = require('../../../scripts/lib/workflow');

const SITES = 10000;
const credential = { heyDontoApi: { id: 'benchHeyDonto001', name: 'HeyDonto bench' } };

module.exports = [
	{
		title: `HeyDonto: Site → Get Many, Return All over ${SITES.toLocaleString('en')} sites`,
		credentials: async (sandbox) => [
			{
				...credential.heyDontoApi,
				type: 'heyDontoApi',
				data: {
					environment: 'custom',
					baseUrl: sandbox.url,
					authMethod: 'token',
					accessToken: await sandbox.token({
						email: 'admin@heydonto.test',
						expiresInSeconds: 24 * 3600,
					}),
					sessionToken: '',
				},
			},
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
				label: 'HTTP Request node + Split Out',
				baseline: true,
				workflow: workflow(
					'benchHdSitesHttp',
					'Bench: HTTP Request node',
					'n8n-nodes-base.httpRequest',
					[
						{
							name: 'HTTP Request',
							typeVersion: 4.2,
							credentials: credential,
							parameters: {
								url: '__SANDBOX__/site',
								authentication: 'predefinedCredentialType',
								nodeCredentialType: 'heyDontoApi',
								sendQuery: true,
								queryParameters: { parameters: [{ name: 'pageSize', value: '100' }] },
								options: {
									pagination: {
										pagination: {
											parameters: { parameters: [{ name: 'page', value: '={{ $pageCount }}' }] },
											paginationCompleteWhen: 'other',
											completeExpression: '={{ $pageCount * 100 >= $response.body.meta.total }}',
											limitPagesFetched: false,
										},
									},
								},
							},
						},
						{
							name: 'Split Out',
							type: 'n8n-nodes-base.splitOut',
							parameters: { fieldToSplitOut: 'data', options: {} },
						},
					],
				),
				nodes: ['HTTP Request', 'Split Out'],
				countRequests: { method: 'GET', path: '^/site$' },
				expect: { requests: Math.ceil(SITES / 100), items: SITES },
			},
		],
	},
];

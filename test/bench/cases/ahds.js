/** AHDS: Contact → Get Many, Return All over 10,000 contacts, against n8n's HTTP Request node paginating the same list. */
const { workflow } = require('../../../scripts/lib/workflow');

const CONTACTS = 10000;
const SITE_ID = 1;
const PATH = `/site/${SITE_ID}/ahds/v1/contact`;
const credential = { heyDontoApi: { id: 'benchAhds0000001', name: 'AHDS bench' } };
const countRequests = { method: 'GET', path: `^${PATH}$` };
const expected = { requests: Math.ceil(CONTACTS / 100), items: CONTACTS };

module.exports = [
	{
		title: `AHDS: Contact → Get Many, Return All over ${CONTACTS.toLocaleString('en')} contacts`,
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
			await sandbox.seed({ vendor: 'ahds', siteId: SITE_ID, contacts: CONTACTS });
		},
		runs: [
			{
				label: 'AHDS node',
				workflow: workflow('benchAhdsNode001', 'Bench: AHDS node', 'n8n-nodes-heydonto.ahds', [
					{
						name: 'Get Contacts',
						credentials: credential,
						parameters: {
							resource: 'contact',
							operation: 'getAll',
							siteId: { __rl: true, mode: 'id', value: String(SITE_ID) },
							returnAll: true,
						},
					},
				]),
				nodes: ['Get Contacts'],
				countRequests,
				expect: expected,
			},
			{
				label: 'HTTP Request node + Split Out',
				baseline: true,
				workflow: workflow(
					'benchAhdsHttp001',
					'Bench: HTTP Request node (AHDS)',
					'n8n-nodes-base.httpRequest',
					[
						{
							name: 'HTTP Request',
							typeVersion: 4.2,
							credentials: credential,
							parameters: {
								url: `__SANDBOX__${PATH}`,
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
				countRequests,
				expect: expected,
			},
		],
	},
];

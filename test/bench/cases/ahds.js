/** AHDS: Contact → Get Many, Return All over 10,000 contacts, against n8n's HTTP Request node paginating the same list. */
const { workflow } = require('../../../scripts/lib/workflow');
const { heyDontoTokenCredential, pagedHttpBaseline } = require('../baselines');

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
			await heyDontoTokenCredential(sandbox, credential.heyDontoApi),
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
				...pagedHttpBaseline({
					id: 'benchAhdsHttp001',
					name: 'Bench: HTTP Request node (AHDS)',
					url: `__SANDBOX__${PATH}`,
					credentialType: 'heyDontoApi',
					credential: credential.heyDontoApi,
				}),
				countRequests,
				expect: expected,
			},
		],
	},
];

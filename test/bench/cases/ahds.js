/**
 * AHDS: Contact → Get Many, Return All over 2,000 contacts (20 pages of 100) against n8n's HTTP Request
 * node paginating the same list, and 200 items → Contact → Get against the HTTP Request node sending one
 * GET per item (unbatched; AHDS documents no rate limit). The items come from an AHDS Get Many of 200
 * contacts before the measured node, on both sides.
 */
const { workflow } = require('../../../scripts/lib/workflow');
const { heyDontoTokenCredential, pagedHttpBaseline, perItemHttpBaseline } = require('../baselines');

const CONTACTS = 2000;
const ITEMS = 200;
const SITE_ID = 1;
const PATH = `/site/${SITE_ID}/ahds/v1/contact`;
const credential = { heyDontoApi: { id: 'benchAhds0000001', name: 'AHDS bench' } };
const credentials = async (sandbox) => [
	await heyDontoTokenCredential(sandbox, credential.heyDontoApi),
];
const site = { __rl: true, mode: 'id', value: String(SITE_ID) };
const countPages = { method: 'GET', path: `^${PATH}$` };
const countGets = { method: 'GET', path: `^${PATH}/[0-9a-f-]+$` };

/** The input of the per-item case: the first 200 contacts of the site, in the sandbox's order. */
const contacts = {
	name: 'Contacts',
	type: 'n8n-nodes-heydonto.ahds',
	credentials: credential,
	parameters: {
		resource: 'contact',
		operation: 'getAll',
		siteId: site,
		returnAll: false,
		limit: ITEMS,
	},
};

module.exports = [
	{
		title: `AHDS: Contact → Get Many, Return All over ${CONTACTS.toLocaleString('en')} contacts`,
		credentials,
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
						parameters: { resource: 'contact', operation: 'getAll', siteId: site, returnAll: true },
					},
				]),
				nodes: ['Get Contacts'],
				countRequests: countPages,
				expect: { requests: CONTACTS / 100, items: CONTACTS },
			},
			{
				...pagedHttpBaseline({
					id: 'benchAhdsHttp001',
					name: 'Bench: HTTP Request node (AHDS)',
					url: `__SANDBOX__${PATH}`,
					credentialType: 'heyDontoApi',
					credential: credential.heyDontoApi,
				}),
				countRequests: countPages,
				expect: { requests: CONTACTS / 100, items: CONTACTS },
			},
		],
	},
	{
		title: `AHDS: ${ITEMS} items → Contact → Get`,
		credentials,
		runs: [
			{
				label: 'AHDS node',
				workflow: workflow(
					'benchAhdsGetNode',
					'Bench: AHDS node, per item',
					'n8n-nodes-heydonto.ahds',
					[
						contacts,
						{
							name: 'Get Contact',
							credentials: credential,
							parameters: {
								resource: 'contact',
								operation: 'get',
								siteId: site,
								contactId: '={{ $json.contactId }}',
							},
						},
					],
				),
				nodes: ['Get Contact'],
				countRequests: countGets,
				expect: { requests: ITEMS, items: ITEMS },
			},
			{
				...perItemHttpBaseline({
					id: 'benchAhdsGetHttp',
					name: 'Bench: HTTP Request node, per item (AHDS)',
					input: [contacts],
					url: `=__SANDBOX__${PATH}/{{ $json.contactId }}`,
					credentialType: 'heyDontoApi',
					credential: credential.heyDontoApi,
				}),
				countRequests: countGets,
				expect: { requests: ITEMS, items: ITEMS },
			},
		],
	},
];

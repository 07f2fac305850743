/**
 * Baselines shared by the benchmark cases: what an n8n user would build without this package.
 */
const { workflow } = require('../../scripts/lib/workflow');

/**
 * n8n's HTTP Request node paging a `{data, meta: {total}}` list with page (0-based) + pageSize=100 and
 * the credential as a predefined credential type, then Split Out turning the pages into records.
 */
function pagedHttpBaseline({ id, name, url, credentialType, credential }) {
	return {
		label: 'HTTP Request node + Split Out',
		baseline: true,
		workflow: workflow(id, name, 'n8n-nodes-base.httpRequest', [
			{
				name: 'HTTP Request',
				typeVersion: 4.2,
				credentials: { [credentialType]: credential },
				parameters: {
					url,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: credentialType,
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
		]),
		nodes: ['HTTP Request', 'Split Out'],
	};
}

/** A HeyDonto API credential with a pasted sandbox JWT (HeyDonto and AHDS cases). */
async function heyDontoTokenCredential(sandbox, ref) {
	return {
		...ref,
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
	};
}

module.exports = { pagedHttpBaseline, heyDontoTokenCredential };

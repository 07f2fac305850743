/**
 * Baselines shared by the benchmark cases: what an n8n user would build without this package.
 */
const { workflow } = require('../../scripts/lib/workflow');

/** n8n's HTTP Request node (4.2) with the package's credential as a predefined credential type. */
function httpRequest({ credentialType, credential, parameters }) {
	return {
		name: 'HTTP Request',
		typeVersion: 4.2,
		credentials: { [credentialType]: credential },
		parameters: {
			authentication: 'predefinedCredentialType',
			nodeCredentialType: credentialType,
			...parameters,
		},
	};
}

/**
 * n8n's HTTP Request node paging a `{data, meta: {total}}` list with page (0-based) + pageSize=100 and
 * the credential as a predefined credential type, then Split Out turning the pages into records.
 */
function pagedHttpBaseline({ id, name, url, credentialType, credential }) {
	return {
		label: 'HTTP Request node + Split Out',
		baseline: true,
		workflow: workflow(id, name, 'n8n-nodes-base.httpRequest', [
			httpRequest({
				credentialType,
				credential,
				parameters: {
					url,
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
			}),
			{
				name: 'Split Out',
				type: 'n8n-nodes-base.splitOut',
				parameters: { fieldToSplitOut: 'data', options: {} },
			},
		]),
		nodes: ['HTTP Request', 'Split Out'],
	};
}

/** A Code node that outputs `count` items `{id: 1}` ... `{id: count}`: the input of a per-item case. */
function idItems(count, name = 'IDs') {
	return {
		name,
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		parameters: {
			jsCode: `return Array.from({ length: ${count} }, (_, i) => ({ json: { id: i + 1 } }));`,
		},
	};
}

/**
 * n8n's HTTP Request node doing one GET per input item with a predefined credential type, after the
 * `input` nodes: unbatched (every item's request at once, as the node does by default), or limited
 * by its Batching option to `batch.size` requests per `batch.intervalMs`.
 */
function perItemHttpBaseline({ id, name, input, url, credentialType, credential, batch }) {
	return {
		label: batch
			? `HTTP Request node, ${batch.size} per ${batch.intervalMs / 1000} s`
			: 'HTTP Request node, unbatched',
		baseline: true,
		workflow: workflow(id, name, 'n8n-nodes-base.httpRequest', [
			...input,
			httpRequest({
				credentialType,
				credential,
				parameters: {
					url,
					options: batch
						? { batching: { batch: { batchSize: batch.size, batchInterval: batch.intervalMs } } }
						: {},
				},
			}),
		]),
		nodes: ['HTTP Request'],
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

module.exports = { pagedHttpBaseline, perItemHttpBaseline, idItems, heyDontoTokenCredential };

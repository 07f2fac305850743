import type {
	IDataObject,
	INode,
	INodeParameters,
	INodeProperties,
	INodeType,
	INodeTypes,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { AlfaDocsApi } from '../../credentials/AlfaDocsApi.credentials';
import { AlfaDocsOAuth2Api } from '../../credentials/AlfaDocsOAuth2Api.credentials';
import { ALFADOCS_SCOPES } from '../../nodes/AlfaDocs/transport/connection';

/**
 * What n8n's CredentialsHelper.applyDefaultsAndOverwrites does with stored credential data: the
 * properties' defaults fill what is missing, then expressions resolve with `$self` = the data.
 */
function resolve(properties: INodeProperties[], stored: INodeParameters): IDataObject {
	const node: INode = {
		id: 'x',
		name: 'Temp-Node',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const noOp = { description: { properties: [] } } as unknown as INodeType;
	const nodeTypes = {
		getByName: () => noOp,
		getByNameAndVersion: () => noOp,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const data = NodeHelpers.getNodeParameters(
		properties,
		stored,
		true,
		false,
		null,
		null,
	) as INodeParameters;
	return workflow.expression.getComplexParameterValue(
		node,
		data,
		'internal',
		{},
		undefined,
		undefined,
		data,
	) as IDataObject;
}

describe('AlfaDocs OAuth2 credential', () => {
	const properties = new AlfaDocsOAuth2Api().properties;

	it('extends n8n OAuth2 with the authorization code grant and client credentials in the body', () => {
		const credential = new AlfaDocsOAuth2Api();
		expect(credential.extends).toEqual(['oAuth2Api']);
		const resolved = resolve(properties, { clientId: 'id', clientSecret: 'secret' });
		expect(resolved.grantType).toBe('authorizationCode');
		expect(resolved.authentication).toBe('body');
	});

	it('derives the authorize and token URLs from the AlfaDocs URL (production by default)', () => {
		expect(resolve(properties, {})).toEqual(
			expect.objectContaining({
				authUrl: 'https://app.alfadocs.com/oauth2/authorize',
				accessTokenUrl: 'https://app.alfadocs.com/oauth2/token',
			}),
		);
		expect(resolve(properties, { instanceUrl: ' http://127.0.0.1:3901/alfadocs/ ' })).toEqual(
			expect.objectContaining({
				authUrl: 'http://127.0.0.1:3901/alfadocs/oauth2/authorize',
				accessTokenUrl: 'http://127.0.0.1:3901/alfadocs/oauth2/token',
			}),
		);
	});

	it('pre-fills every catalog scope as one space-separated string, and an edited list wins', () => {
		expect(resolve(properties, {}).scope).toBe(ALFADOCS_SCOPES.join(' '));
		expect(ALFADOCS_SCOPES).toContain('appointment:list');
		expect(ALFADOCS_SCOPES).toContain('webhook:payment-request');
		expect(
			resolve(properties, { scopes: ' patient:view,  appointment:list\npatient:list ' }).scope,
		).toBe('patient:view appointment:list patient:list');
	});
});

describe('AlfaDocs API credential', () => {
	it('sends the key as X-Api-Key and tests it with GET /me under the base URL', () => {
		const credential = new AlfaDocsApi();
		expect(credential.authenticate).toEqual({
			type: 'generic',
			properties: { headers: { 'X-Api-Key': '={{$credentials.apiKey}}' } },
		});
		expect(credential.test.request.url).toBe('/me');
		const defaults = resolve(credential.properties, {});
		expect(defaults.baseUrl).toBe('https://app.alfadocs.com/api/v1');
		expect(
			credential.properties.find((property) => property.name === 'apiKey')?.typeOptions,
		).toEqual({ password: true });
	});
});

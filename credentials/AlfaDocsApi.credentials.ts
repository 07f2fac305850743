import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { ALFADOCS_API_URL } from '../nodes/AlfaDocs/transport/connection';

export class AlfaDocsApi implements ICredentialType {
	name = 'alfaDocsApi';

	displayName = 'AlfaDocs API';

	icon: Icon = { light: 'file:../icons/alfadocs.svg', dark: 'file:../icons/alfadocs.dark.svg' };

	documentationUrl = 'https://app.alfadocs.com/api.html';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'An AlfaDocs API key. Each key belongs to one archive; the practice owner creates it in AlfaDocs under Impostazioni → Studio → Chiavi API.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: ALFADOCS_API_URL,
			required: true,
			placeholder: ALFADOCS_API_URL,
			description:
				'The address the API paths (such as /me) hang off. Change it only for a test server.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { 'X-Api-Key': '={{$credentials.apiKey}}' } },
	};

	/**
	 * GET /me answers with the key's practice and archive (CODE: see docs/sources.md). A refusal says
	 * who refused what and what to check, as the HeyDonto and Aerona logins do, not n8n's generic
	 * "Authorization failed".
	 */
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/me',
			headers: { Accept: 'application/json' },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'AlfaDocs refused the API key (HTTP 401). Check that it was pasted whole and is still active in AlfaDocs under Impostazioni → Studio → Chiavi API.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						"AlfaDocs accepted the API key but denies it access (HTTP 403). Check in AlfaDocs that the key's archive is still open, or create a new key.",
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: `There is no AlfaDocs API at the Base URL (HTTP 404). Use ${ALFADOCS_API_URL} unless AlfaDocs gave you a test server.`,
				},
			},
		],
	};
}

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

	/** GET /me answers with the key's practice and archive (CODE: see docs/sources.md). */
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/me',
			headers: { Accept: 'application/json' },
		},
	};
}

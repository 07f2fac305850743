import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

import { ALFADOCS_HOST, ALFADOCS_SCOPES } from '../nodes/AlfaDocs/transport/connection';

/** The AlfaDocs address of the credential, without a trailing slash, as an n8n expression. */
const instanceUrl = '$self["instanceUrl"].trim().replace(/\\/+$/, "")';

/**
 * Authorization code with refresh tokens through n8n's OAuth2 credential. AlfaDocs takes the client ID
 * and secret in the token request's body (client_secret_post) and scopes as one space-separated string.
 * n8n only lets a few built-in credential types edit `scope` directly, so the visible "Scopes" field
 * feeds the hidden `scope` through an expression (the pattern of n8n's Microsoft credentials).
 */
export class AlfaDocsOAuth2Api implements ICredentialType {
	name = 'alfaDocsOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'AlfaDocs OAuth2 API';

	icon: Icon = { light: 'file:../icons/alfadocs.svg', dark: 'file:../icons/alfadocs.dark.svg' };

	documentationUrl = 'https://app.alfadocs.com/api.html';

	properties: INodeProperties[] = [
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'authorizationCode' },
		{
			displayName: 'AlfaDocs URL',
			name: 'instanceUrl',
			type: 'string',
			default: ALFADOCS_HOST,
			required: true,
			placeholder: ALFADOCS_HOST,
			description:
				'n8n sends you to <URL>/oauth2/authorize, gets tokens from <URL>/oauth2/token and calls the API under <URL>/api/v1. Change it only for a test server.',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: `={{${instanceUrl}}}/oauth2/authorize`,
			required: true,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: `={{${instanceUrl}}}/oauth2/token`,
			required: true,
		},
		{
			displayName: 'Scopes',
			name: 'scopes',
			type: 'string',
			// About 45 scopes: a box that shows them, not one line.
			typeOptions: { rows: 6 },
			default: ALFADOCS_SCOPES.join(' '),
			description:
				'Space-separated AlfaDocs scopes the connection asks for. Every scope is pre-filled; remove those your workflows do not need, then reconnect.',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: '={{$self["scopes"].trim().split(/[\\s,]+/).join(" ")}}',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'body' },
	];
}

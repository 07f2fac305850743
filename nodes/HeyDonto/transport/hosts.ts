import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/** HeyDonto's documented hosts (SEED: "Servers"). Paths hang directly off the host, with no version prefix. */
export const HEYDONTO_HOSTS = {
	production: 'https://api.heydonto.com',
	sandbox: 'https://api-staging.heydonto.com',
} as const;

/** The base URL a HeyDonto credential points at, without a trailing slash. */
export function heyDontoBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const environment = credentials.environment as string | undefined;
	if (environment === 'custom')
		return String(credentials.baseUrl ?? '')
			.trim()
			.replace(/\/+$/, '');
	return environment === 'sandbox' ? HEYDONTO_HOSTS.sandbox : HEYDONTO_HOSTS.production;
}

/**
 * The credentials and workflows the e2e tests import into the real n8n. Workflows are written here as
 * objects (and written out as JSON by globalSetup) so every node and connection stays readable.
 */
import type { IDataObject } from 'n8n-workflow';

export const NODE_TYPE = 'n8n-nodes-heydonto.heyDonto';

export const CREDENTIALS = {
	login: { id: 'hdE2eLogin000001', name: 'HeyDonto sandbox (email + password)' },
	token: { id: 'hdE2eToken000001', name: 'HeyDonto sandbox (pasted JWT)' },
	expired: { id: 'hdE2eExpired0001', name: 'HeyDonto sandbox (expired JWT)' },
} as const;

export const ADMIN = { email: 'admin@heydonto.test', password: 'Sandbox-Admin-1' };

export function credentialsFile(sandboxUrl: string, tokens: { valid: string; expired: string }) {
	const common = { environment: 'custom', baseUrl: sandboxUrl, sessionToken: '' };
	return [
		{
			...CREDENTIALS.login,
			type: 'heyDontoApi',
			data: { ...common, authMethod: 'login', email: ADMIN.email, password: ADMIN.password },
		},
		{
			...CREDENTIALS.token,
			type: 'heyDontoApi',
			data: { ...common, authMethod: 'token', accessToken: tokens.valid },
		},
		{
			...CREDENTIALS.expired,
			type: 'heyDontoApi',
			data: { ...common, authMethod: 'token', accessToken: tokens.expired },
		},
	];
}

interface NodeSpec {
	name: string;
	parameters: IDataObject;
	type?: string;
	typeVersion?: number;
	credential?: keyof typeof CREDENTIALS;
	continueOnFail?: boolean;
	/** Names of the nodes feeding this one; default: the previous node in the list. */
	after?: string[];
}

const rl = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

/** A workflow: a Manual Trigger named "Start", then the nodes, each fed by the previous one unless `after` says otherwise. */
export function workflow(id: string, name: string, nodes: NodeSpec[]) {
	const all = [
		{
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			parameters: {},
		} as NodeSpec,
		...nodes,
	];
	const connections: IDataObject = {};
	all.forEach((node, index) => {
		if (index === 0) return;
		for (const source of node.after ?? [all[index - 1].name]) {
			const main = ((connections[source] as IDataObject)?.main as unknown[][]) ?? [[]];
			main[0].push({ node: node.name, type: 'main', index: 0 });
			connections[source] = { main };
		}
	});
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		connections,
		nodes: all.map((node, index) => ({
			id: `${id}-node-${index}`,
			name: node.name,
			type: node.type ?? NODE_TYPE,
			typeVersion: node.typeVersion ?? 1,
			position: [index * 220, 0],
			parameters: node.parameters,
			...(node.credential ? { credentials: { heyDontoApi: CREDENTIALS[node.credential] } } : {}),
			...(node.continueOnFail ? { onError: 'continueRegularOutput' } : {}),
		})),
	};
}

export const WORKFLOWS = {
	sitesReturnAll: workflow('hdE2eSitesAll001', 'E2E: sites, Return All', [
		{
			name: 'Get Sites',
			credential: 'login',
			parameters: { resource: 'site', operation: 'getAll', returnAll: true },
		},
	]),
	sitesFiltered: workflow('hdE2eSitesFilt01', 'E2E: sites by client account, sorted', [
		{
			name: 'Get Sites',
			credential: 'token',
			parameters: {
				resource: 'site',
				operation: 'getAll',
				clientAccountIds: '10, 20',
				returnAll: false,
				limit: 5,
				sort: { rules: [{ field: 'name', dir: 'desc' }] },
			},
		},
	]),
	siteLifecycle: workflow('hdE2eSiteCrud001', 'E2E: site create, update, get, delete, get again', [
		{
			name: 'Create Site',
			credential: 'login',
			parameters: {
				resource: 'site',
				operation: 'create',
				name: 'E2E Clinic',
				address: { value: { street: '1 Test Way', city: 'Austin', zipCode: '78701' } },
				googlePlaceId: 'ChIJ-e2e-place',
				practiceManagementSystemId: rl(1),
				dentalServiceIds: [1, 2],
				dentalPracticeIds: '10, 11',
				additionalFields: {
					phoneNumber: '+1-512-555-0199',
					clientAccountId: '10',
					isEnabled: true,
				},
			},
		},
		{
			name: 'Update Site',
			credential: 'login',
			parameters: {
				resource: 'site',
				operation: 'update',
				siteId: rl('={{ $json.id }}'),
				updateFields: {
					name: 'E2E Clinic (renamed)',
					address: { value: { street: '2 Test Way', city: 'Dallas', zipCode: '75201' } },
				},
			},
		},
		{
			name: 'Get Site',
			credential: 'login',
			parameters: { resource: 'site', operation: 'get', siteId: rl('={{ $json.id }}') },
		},
		{
			name: 'Delete Site',
			credential: 'login',
			parameters: { resource: 'site', operation: 'delete', siteId: rl('={{ $json.id }}') },
		},
		{
			name: 'Get Deleted Site',
			credential: 'login',
			continueOnFail: true,
			parameters: {
				resource: 'site',
				operation: 'get',
				siteId: rl("={{ $('Delete Site').item.json.id }}"),
			},
		},
	]),
	pastedToken: workflow('hdE2eBrands00001', 'E2E: brands with a pasted JWT', [
		{
			name: 'Get Brands',
			credential: 'token',
			parameters: {
				resource: 'brand',
				operation: 'getAll',
				returnAll: false,
				limit: 3,
				filters: { title: 'Smile' },
			},
		},
	]),
	expiredToken: workflow('hdE2eExpired0001', 'E2E: an expired pasted JWT', [
		{
			name: 'Get Site',
			credential: 'expired',
			continueOnFail: true,
			parameters: { resource: 'site', operation: 'get', siteId: rl(1) },
		},
	]),
	relogin: workflow('hdE2eRelogin0001', 'E2E: log in again after the token is rejected', [
		{
			name: 'Get Site',
			credential: 'login',
			parameters: { resource: 'site', operation: 'get', siteId: rl(1) },
		},
	]),
	retry: workflow('hdE2eRetry000001', 'E2E: 429 with Retry-After', [
		{
			name: 'Get Site',
			credential: 'token',
			parameters: { resource: 'site', operation: 'get', siteId: rl(2) },
		},
	]),
	badInput: workflow('hdE2eBadInput001', 'E2E: a malformed Site ID', [
		// An ID from upstream data that is not a number (typed in By ID mode, n8n's own check would stop it earlier).
		{
			name: 'Get Site',
			credential: 'token',
			parameters: { resource: 'site', operation: 'get', siteId: rl('={{ "ab" + "c" }}') },
		},
	]),
	httpRequestNode: workflow(
		'hdE2eHttpNode001',
		"E2E: n8n's HTTP Request node with the HeyDonto credential",
		[
			{
				name: 'HTTP Request',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				credential: 'login',
				parameters: {
					url: '__SANDBOX__/auth/user',
					authentication: 'predefinedCredentialType',
					nodeCredentialType: 'heyDontoApi',
					options: {},
				},
			},
		],
	),
	catalog: workflow('hdE2eCatalog0001', 'E2E: the other resources', [
		{
			name: 'Create Organization',
			credential: 'token',
			parameters: {
				resource: 'organization',
				operation: 'create',
				title: 'E2E Health',
				additionalFields: { website: 'https://e2e.example', clientAccountId: '10' },
			},
		},
		{
			name: 'Get Organization',
			credential: 'token',
			parameters: {
				resource: 'organization',
				operation: 'get',
				organizationId: rl('={{ $json.id }}'),
			},
		},
		{
			name: 'Get Codes',
			after: ['Start'],
			credential: 'token',
			parameters: {
				resource: 'code',
				operation: 'getAll',
				returnAll: true,
				filters: { title: 'evaluation' },
				sort: { rules: [{ field: 'code', dir: 'asc' }] },
			},
		},
		{
			name: 'Get Appointment Types',
			after: ['Start'],
			credential: 'token',
			parameters: { resource: 'appointmentType', operation: 'getAll', returnAll: true },
		},
		{
			name: 'Get Admins',
			after: ['Start'],
			credential: 'token',
			parameters: { resource: 'user', operation: 'getAll', userRole: 'ADMIN', returnAll: true },
		},
		{
			name: 'Get Open Slots',
			after: ['Start'],
			credential: 'token',
			parameters: {
				resource: 'availability',
				operation: 'getSlots',
				siteId: rl(1),
				startDate: '2026-03-02',
				endDate: '2026-03-03',
				returnAll: false,
				limit: 10,
				options: { includePractitioner: true },
			},
		},
		{
			name: 'Create Assistant',
			after: ['Start'],
			credential: 'token',
			parameters: {
				resource: 'siteAssistant',
				operation: 'create',
				siteId: rl(3),
				assistantName: 'E2E Front Desk',
				additionalFields: { assistantInstructions: 'Be brief.' },
			},
		},
		{
			name: 'Create Periomeasure',
			after: ['Start'],
			credential: 'token',
			parameters: {
				resource: 'periomeasure',
				operation: 'create',
				siteId: rl(3),
				practitionerId: 11,
				patientId: 12,
				perioMeasureNum: 13,
				perioExamNum: 14,
				sequenceType: 4,
				intTooth: 3,
				toothValue: -1,
				mBvalue: 3,
				bvalue: 2,
				dBvalue: 4,
				mLvalue: 3,
				lvalue: 2,
				dLvalue: 3,
				additionalFields: {},
			},
		},
	]),
};

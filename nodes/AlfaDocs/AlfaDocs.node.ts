import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { collection, timeoutOption } from '../shared/describe';
import { itemLoopOptions, runPerItem } from '../shared/execute';
import { idLocator } from '../shared/locators';
import { resourcePicker, resourceProperties, routeOperation } from '../shared/operation';
import { READS, concurrency } from './actions/common';
import { RESOURCES } from './actions/resources';
import { listSearch, loadOptions } from './methods';
import { ALFADOCS_CONCURRENCY, newSession } from './transport';
import { ALFADOCS_CREDENTIALS, ALFADOCS_TIMEOUT_MS } from './transport/connection';

const authentication: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'API Key', value: 'apiKey', description: 'An API key of one archive' },
		{ name: 'OAuth2', value: 'oAuth2', description: 'Connect an AlfaDocs user through OAuth2' },
	],
	default: 'apiKey',
};

const resource = resourcePicker(
	[
		{ name: 'Account', value: 'account' },
		{ name: 'Appointment', value: 'appointment' },
		{ name: 'Appointment Booking Reason', value: 'bookingReason' },
		{ name: 'Bill', value: 'bill' },
		{ name: 'Bill Liability', value: 'billLiability' },
		{ name: 'Care Plan', value: 'carePlan' },
		{ name: 'Care Plan Entry', value: 'carePlanEntry' },
		{ name: 'Chair', value: 'chair' },
		{ name: 'Color', value: 'color' },
		{ name: 'Custom Field', value: 'customField' },
		{ name: 'Document', value: 'document' },
		{ name: 'Free Slot', value: 'freeSlot' },
		{ name: 'Marketplace', value: 'marketplace' },
		{ name: 'Operator', value: 'operator' },
		{ name: 'Patient', value: 'patient' },
		{ name: 'Payment Type', value: 'paymentType' },
		{ name: 'Phone Number', value: 'phoneNumber' },
		{ name: 'Specialty', value: 'specialty' },
		{ name: 'Transaction', value: 'transaction' },
	],
	'appointment',
);

/**
 * Every path is scoped to a practice and an archive: the credential's (GET /me) unless chosen here.
 * Listed right after the operation, before its parameters, as n8n lists a record's container (Airtable's
 * base and table).
 */
const practiceAndArchive: INodeProperties[] = [
	{
		displayName: 'Practice and Archive',
		name: 'practiceAndArchive',
		type: 'options',
		options: [
			{
				name: 'From Credential',
				value: 'credential',
				description: 'The practice and archive the credential belongs to',
			},
			{
				name: 'Choose',
				value: 'choose',
				description: 'Another practice or archive the credential may open',
			},
		],
		default: 'credential',
	},
	{
		...idLocator('practiceId', 'Practice', 'searchPractices', {
			required: false,
			description: "Empty: the credential's practice",
		}),
		displayOptions: { show: { practiceAndArchive: ['choose'] } },
	},
	{
		...idLocator('archiveId', 'Archive', 'searchArchives', {
			required: false,
			description: "Empty: the credential's archive",
		}),
		displayOptions: { show: { practiceAndArchive: ['choose'] } },
	},
];

/**
 * The node's Options: Timeout for every operation, Concurrency for those that only read (its own rule).
 * AlfaDocs' Free Slot Get Many has Options of its own, which hold both.
 */
const options: INodeProperties = {
	...collection('options', [concurrency, timeoutOption('AlfaDocs', ALFADOCS_TIMEOUT_MS)]),
	displayOptions: { hide: { resource: ['freeSlot'] } },
};

const parameters = resourceProperties(RESOURCES);
const operationPickers = parameters.filter((property) => property.name === 'operation');
const operationParameters = parameters.filter((property) => property.name !== 'operation');

export class AlfaDocs implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'AlfaDocs',
		name: 'alfaDocs',
		icon: { light: 'file:../../icons/alfadocs.svg', dark: 'file:../../icons/alfadocs.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage patients, appointments, documents, bills and transactions of an AlfaDocs dental practice',
		defaults: { name: 'AlfaDocs' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: ALFADOCS_CREDENTIALS.apiKey,
				required: true,
				displayOptions: { show: { authentication: ['apiKey'] } },
			},
			{
				name: ALFADOCS_CREDENTIALS.connectedApp,
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
		],
		properties: [
			authentication,
			resource,
			...operationPickers,
			...practiceAndArchive,
			...operationParameters,
			options,
		],
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runPerItem.call(
			this,
			routeOperation(RESOURCES, newSession()),
			this.continueOnFail(),
			itemLoopOptions(this, READS, ALFADOCS_CONCURRENCY),
		);
	}
}

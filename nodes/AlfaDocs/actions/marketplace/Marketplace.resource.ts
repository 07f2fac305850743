import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/describe';
import { invalidParameter, requireString } from '../../../shared/validate';
import type { AlfaDocsEndpointKey } from '../../endpoints';
import type { Session } from '../../transport';
import type { Resource } from '../common';
import { oneOf, operationPicker, send } from '../common';

const statusOptions = [
	{ name: 'Failure', value: 'failure' },
	{ name: 'Success', value: 'success' },
];

const uiElementProperties: INodeProperties[] = [
	{
		displayName: 'UI Element Name',
		name: 'uiElementName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. integrationSummary',
		description: 'The name of the UI element of your marketplace app',
	},
	{
		displayName: 'Elements',
		name: 'elements',
		type: 'fixedCollection',
		placeholder: 'Add Element',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		description: 'The rows the UI element shows',
		options: [
			{
				displayName: 'Element',
				name: 'element',
				values: [
					{
						displayName: 'Title',
						name: 'title',
						type: 'string',
						default: '',
						placeholder: 'e.g. Last sync',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'e.g. 2 minutes ago',
					},
				],
			},
		],
	},
];

async function setIntegrationStatus(this: IExecuteFunctions, i: number, session: Session) {
	const status = oneOf(this, i, 'Status', this.getNodeParameter('status', i), statusOptions);
	const response = await send(this, i, session, {
		endpoint: 'marketplace.setIntegrationStatus',
		body: { status },
	});
	return { integrationStatus: status, ...(response as IDataObject | undefined) };
}

function updateUiElements(endpoint: AlfaDocsEndpointKey) {
	return async function (this: IExecuteFunctions, i: number, session: Session) {
		const uiElementName = requireString(
			this,
			i,
			'UI Element Name',
			this.getNodeParameter('uiElementName', i),
		);
		const elements = (this.getNodeParameter('elements.element', i, []) as IDataObject[]).map(
			(element) => ({ title: String(element.title ?? ''), value: String(element.value ?? '') }),
		);
		if (elements.length === 0) {
			throw invalidParameter(
				this,
				i,
				'Elements',
				'at least one element with a title and a value',
				'',
			);
		}
		const response = await send(this, i, session, {
			endpoint,
			params: { uiElementName },
			body: { data: elements },
		});
		return { uiElementName, ...(response as IDataObject | undefined) };
	};
}

export const marketplace: Resource = {
	description: [
		operationPicker('marketplace', [
			{
				name: 'Set Integration Status',
				value: 'setIntegrationStatus',
				action: 'Set the integration status of a marketplace app',
				description:
					'Tell AlfaDocs whether the integration of your app succeeded after the practice authorized it',
			},
			{
				name: 'Update UI Elements (App)',
				value: 'updateAppUiElements',
				action: 'Update the UI elements of a marketplace app',
			},
			{
				name: 'Update UI Elements (Practice)',
				value: 'updatePracticeUiElements',
				action: 'Update the UI elements of a marketplace app for a practice',
			},
		]),
		...forOperation('marketplace', 'setIntegrationStatus', [
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: statusOptions,
				default: 'success',
				required: true,
				description: 'Whether the integration succeeded',
			},
		]),
		...forOperation('marketplace', 'updatePracticeUiElements', uiElementProperties),
		...forOperation('marketplace', 'updateAppUiElements', uiElementProperties),
	],
	operations: {
		setIntegrationStatus,
		updatePracticeUiElements: updateUiElements('marketplace.updatePracticeUiElements'),
		updateAppUiElements: updateUiElements('marketplace.updateAppUiElements'),
	},
};

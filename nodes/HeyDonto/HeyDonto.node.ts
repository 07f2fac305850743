import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { runPerItem } from '../shared/execute';
import { resourcePicker, resourceProperties, routeOperation } from '../shared/operation';
import { V1_1 } from './actions/common';
import { RESOURCES } from './actions/resources';
import { listSearch, loadOptions } from './methods';

const resource = resourcePicker(
	[
		{ name: 'Appointment Type', value: 'appointmentType' },
		{ name: 'Availability', value: 'availability' },
		{ name: 'Brand', value: 'brand' },
		{ name: 'Code', value: 'code' },
		{ name: 'Dental Service', value: 'dentalService' },
		{ name: 'Organization', value: 'organization' },
		{ name: 'Periomeasure', value: 'periomeasure' },
		{ name: 'Practice Management System', value: 'practiceManagementSystem' },
		{ name: 'Site', value: 'site' },
		{ name: 'Site Assistant', value: 'siteAssistant' },
		{ name: 'User', value: 'user' },
	],
	'site',
);

export class HeyDonto implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HeyDonto',
		name: 'heyDonto',
		icon: { light: 'file:../../icons/heydonto.svg', dark: 'file:../../icons/heydonto.dark.svg' },
		group: ['transform'],
		// 1.1: client accounts among the Filters of Get Many, open slots simplified by default.
		version: [1, V1_1],
		defaultVersion: V1_1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage dental sites, brands, organizations, services, codes, users and availability in HeyDonto',
		defaults: { name: 'HeyDonto' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'heyDontoApi', required: true }],
		properties: [resource, ...resourceProperties(RESOURCES)],
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runPerItem.call(this, routeOperation(RESOURCES, undefined), this.continueOnFail());
	}
}

import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { itemLoopOptions, runPerItem } from '../shared/execute';
import { HEYDONTO_CONCURRENCY } from '../shared/heydontoPlatform';
import { routeOperation } from '../shared/operation';
import { ahdsProperties, ahdsResources } from './engine';
import { READ_OPERATIONS } from './engine/describe';
import { V1_1 } from './engine/version';
import { searchRecords, searchSites } from './methods/listSearch';
import { AHDS_RESOURCES } from './resources';

const RESOURCES = ahdsResources(AHDS_RESOURCES);

export class Ahds implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'AHDS',
		name: 'ahds',
		icon: { light: 'file:../../icons/ahds.svg', dark: 'file:../../icons/ahds.dark.svg' },
		group: ['transform'],
		// 1.1: contact details active and preferred by default, typed from a list; a "Sort" rule.
		version: [1, V1_1],
		defaultVersion: V1_1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			"Manage contacts, animals, appointments, clinical records, billing and inventory in HeyDonto's Animal Health Data Store",
		defaults: { name: 'AHDS' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'heyDontoApi', required: true }],
		properties: ahdsProperties(AHDS_RESOURCES),
	};

	methods = { listSearch: { searchSites, searchRecords } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runPerItem.call(
			this,
			routeOperation(RESOURCES, undefined),
			this.continueOnFail(),
			itemLoopOptions(this, READ_OPERATIONS, HEYDONTO_CONCURRENCY),
		);
	}
}

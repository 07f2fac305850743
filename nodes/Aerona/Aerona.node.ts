import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { itemLoopOptions, runPerItem } from '../shared/execute';
import { resourcePicker, resourceProperties, routeOperation } from '../shared/operation';
import { READS, optionsCollection } from './actions/common';
import { RESOURCES } from './actions/resources';
import { listSearch } from './methods';
import { AERONA_CONCURRENCY } from './transport/connection';

const resource = resourcePicker(
	[
		{ name: 'Appointment', value: 'appointment' },
		{ name: 'Appointment Type', value: 'appointmentType' },
		{ name: 'Clinician', value: 'clinician' },
		{ name: 'Invoice', value: 'invoice' },
		{ name: 'Patient', value: 'patient' },
		{ name: 'Payment', value: 'payment' },
		{ name: 'Practice', value: 'practice' },
	],
	'appointment',
);

export class Aerona implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Aerona',
		name: 'aerona',
		icon: { light: 'file:../../icons/aerona.svg', dark: 'file:../../icons/aerona.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Book appointments, find free slots and read patients, payments and invoices in Aerona Clinic',
		defaults: { name: 'Aerona' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'aeronaApi', required: true }],
		properties: [resource, ...resourceProperties(RESOURCES), optionsCollection],
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runPerItem.call(
			this,
			routeOperation(RESOURCES, undefined),
			this.continueOnFail(),
			itemLoopOptions(this, READS, AERONA_CONCURRENCY),
		);
	}
}

import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/describe';
import type { Resource } from '../../shared/operation';
import { resourcePicker } from '../../shared/operation';
import type { AhdsResource } from '../resources';
import { OTHER, describeResource, operationPicker, sharedProperties } from './describe';
import { namedKind } from './named';
import { operationsFor } from './operations';
import { otherKind, otherProperties } from './other';

/**
 * The generic engine: descriptors in, the node's parameters and its resources (the same contract as
 * every other node: parameters and operations) out. Parameters
 * are ordered as the user reads them: resource, operation, site, ID, body, paging, filters, options.
 */
export function ahdsProperties(resources: readonly AhdsResource[]): INodeProperties[] {
	const values = resources.map((resource) => resource.value);
	const described = resources.map(describeResource);
	const shared = sharedProperties(values);
	const picker = resourcePicker(resourceOptions(resources), 'contact');
	return [
		picker,
		...described.map((d) => d.operation),
		operationPicker([OTHER], 'record', 'records'),
		shared.site,
		...otherProperties.head,
		...described.flatMap((d) => d.ids),
		shared.bodyMode,
		...described.flatMap((d) => d.required),
		...described.flatMap((d) => d.collections),
		shared.jsonBody,
		...returnAllAndLimit().map((property) => ({
			...property,
			displayOptions: {
				show: { ...property.displayOptions?.show, operation: ['getAll'] },
			},
		})),
		...described.flatMap((d) => d.filters),
		...described.flatMap((d) => d.options),
		...otherProperties.getAll,
		shared.otherOptions,
	];
}

/** The resource picker's options: every named resource and "Other Resource", by name. */
export function resourceOptions(resources: readonly AhdsResource[]) {
	return [
		...resources.map((resource) => ({
			name: resource.displayName,
			value: resource.value,
		})),
		{
			name: 'Other Resource',
			value: OTHER,
			description: 'Any other AHDS resource, by its path name',
		},
	].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Every resource as the operation contract has it (its parameters and its six operations), by its
 * `resource` value, "Other Resource" included. The node lists the parameters in ahdsProperties' order,
 * where what all resources share (Site, body mode, paging) appears once.
 */
export function ahdsResources(resources: readonly AhdsResource[]): Record<string, Resource> {
	const result: Record<string, Resource> = {
		[OTHER]: {
			description: [
				operationPicker([OTHER], 'record', 'records'),
				...otherProperties.head,
				...otherProperties.getAll,
			],
			operations: operationsFor(otherKind),
		},
	};
	for (const resource of resources) {
		const d = describeResource(resource);
		result[resource.value] = {
			description: [
				d.operation,
				...d.ids,
				...d.required,
				...d.collections,
				...d.filters,
				...d.options,
			],
			operations: operationsFor(namedKind(resource)),
		};
	}
	return result;
}

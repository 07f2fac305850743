import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalidParameter, requireString } from '../../shared/validate';
import { forVersions, sortRules } from '../../shared/describe';
import {
	BASE_URL_OPTION,
	OTHER,
	PAGE_SIZE_OPTION,
	SORT_ORDER_OPTION,
	WRITE_OPERATIONS,
} from './describe';
import { V1_1 } from './version';
import { byDisplayName } from './fields';
import type { ResourceKind } from './operations';
import { sortOf, sortQuery } from './named';

/**
 * "Other Resource": any AHDS resource by its path name, with the same six operations and a JSON
 * body, for the resources the node does not name yet.
 */

const PATH_NAME = /^[a-z0-9][a-z0-9-]*$/i;

const show = (operation: string[]) => ({ show: { resource: [OTHER], operation } });

export const otherProperties = {
	/** Right after the Site. */
	head: [
		{
			displayName: 'Resource Path Name',
			name: 'resourcePath',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. reminder',
			description:
				'The AHDS resource as its URLs name it, e.g. reminder or estimate',
			displayOptions: { show: { resource: [OTHER] } },
		},
		{
			displayName: 'Record ID',
			name: 'recordId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 123e4567-e89b-12d3-a456-426614174000',
			description: 'The ID of the record',
			displayOptions: show(['get', 'update', 'replace', 'delete']),
		},
		{
			displayName: 'ID Field Name',
			name: 'idFieldName',
			type: 'string',
			default: '',
			placeholder: 'e.g. reminderId',
			description:
				"The body field that holds the new record's UUID. Empty: derived from the path name (reminder → reminderId, appointment-type → appointmentTypeId). A v4 UUID is generated when the body has none.",
			displayOptions: show(['create']),
		},
		{
			displayName: 'Body (JSON)',
			name: 'jsonBody',
			type: 'json',
			default: '{}',
			required: true,
			description: 'The request body as a JSON object',
			displayOptions: show(WRITE_OPERATIONS),
		},
	] as INodeProperties[],
	/** With the other resources' Get Many parameters. */
	getAll: [
		{
			displayName: 'Filters',
			name: 'queryFilters',
			type: 'fixedCollection',
			placeholder: 'Add Filter',
			typeOptions: { multipleValues: true },
			default: {},
			description: 'Field filters sent as query parameters (field = value)',
			options: [
				{
					displayName: 'Filter',
					name: 'filter',
					values: [
						{
							displayName: 'Field',
							name: 'field',
							type: 'string',
							default: '',
							placeholder: 'e.g. animalId',
						},
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
			displayOptions: show(['getAll']),
		},
		...forVersions(
			[
				{
					displayName: 'Options',
					name: 'options',
					type: 'collection',
					placeholder: 'Add Option',
					default: {},
					options: byDisplayName([
						BASE_URL_OPTION,
						PAGE_SIZE_OPTION,
						{
							displayName: 'Sort By',
							name: 'sortBy',
							type: 'string',
							default: 'createdAt',
							description: 'Field to sort by, e.g. createdAt or updatedAt',
						},
						SORT_ORDER_OPTION,
					]),
					displayOptions: show(['getAll']),
				},
			],
			V1_1,
			true,
		),
		...forVersions(
			[
				{ ...sortRules(undefined, { multiple: false }), displayOptions: show(['getAll']) },
				{
					displayName: 'Options',
					name: 'options',
					type: 'collection',
					placeholder: 'Add Option',
					default: {},
					options: byDisplayName([BASE_URL_OPTION, PAGE_SIZE_OPTION]),
					displayOptions: show(['getAll']),
				},
			],
			V1_1,
		),
	] as INodeProperties[],
};

/** "appointment-type" -> "appointmentTypeId". */
export const defaultIdField = (path: string) =>
	`${path.toLowerCase().replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}Id`;

function pathName(ctx: IExecuteFunctions, i: number): string {
	const value = requireString(
		ctx,
		i,
		'Resource Path Name',
		ctx.getNodeParameter('resourcePath', i, ''),
		'a resource path name such as reminder',
	);
	if (!PATH_NAME.test(value))
		throw invalidParameter(
			ctx,
			i,
			'Resource Path Name',
			'a resource path name of letters, digits and dashes, such as reminder',
			value,
		);
	return value;
}

export const otherKind: ResourceKind = {
	slug: pathName,
	label: 'Record',
	idField(ctx, i) {
		const name = String(ctx.getNodeParameter('idFieldName', i, '')).trim();
		return name === '' ? defaultIdField(pathName(ctx, i)) : name;
	},
	outputKey: () => 'id',
	recordId: (ctx, i) =>
		requireString(
			ctx,
			i,
			'Record ID',
			ctx.getNodeParameter('recordId', i, ''),
			'the ID of the record',
		),
	createId: () => undefined,
	fields: () => undefined,
	query(ctx, i, options) {
		const filters = ctx.getNodeParameter('queryFilters.filter', i, []) as IDataObject[];
		const qs: IDataObject = {};
		filters.forEach((filter, n) => {
			const field = String(filter.field ?? '').trim();
			if (field === '')
				throw invalidParameter(
					ctx,
					i,
					`Filters › Filter ${n + 1} › Field`,
					'a field name',
					filter.field,
				);
			qs[field] = filter.value;
		});
		return { ...qs, ...sortQuery(ctx, i, sortOf(ctx, i, options)) };
	},
};

import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forVersions, sortRules } from '../../shared/describe';
import type { Ctx } from '../../shared/validate';
import { invalidParameter, requireString, toPathSegment, toText } from '../../shared/validate';
import {
	BASE_URL_OPTION,
	CONCURRENCY_OPTION,
	OTHER,
	PAGE_SIZE_OPTION,
	SORT_ORDER_OPTION,
	TIMEOUT_OPTION,
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

/** Other Resource's path name (the node and the trigger). */
export const RESOURCE_PATH: INodeProperties = {
	displayName: 'Resource Path Name',
	name: 'resourcePath',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. reminder',
	description: 'The AHDS resource as its URLs name it, e.g. reminder or estimate',
	displayOptions: { show: { resource: [OTHER] } },
};

export const otherProperties = {
	/** Right after the Site. */
	head: [
		RESOURCE_PATH,
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
						CONCURRENCY_OPTION,
						PAGE_SIZE_OPTION,
						{
							displayName: 'Sort By',
							name: 'sortBy',
							type: 'string',
							default: 'createdAt',
							description: 'Field to sort by, e.g. createdAt or updatedAt',
						},
						SORT_ORDER_OPTION,
						TIMEOUT_OPTION,
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
					options: byDisplayName([
						BASE_URL_OPTION,
						CONCURRENCY_OPTION,
						PAGE_SIZE_OPTION,
						TIMEOUT_OPTION,
					]),
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

/** A resource path name typed by the user (Other Resource, the AHDS Trigger), checked. */
export function toPathName(ctx: Ctx, i: number, value: unknown): string {
	const name = requireString(
		ctx,
		i,
		'Resource Path Name',
		value,
		'a resource path name such as reminder',
	);
	if (!PATH_NAME.test(name))
		throw invalidParameter(
			ctx,
			i,
			'Resource Path Name',
			'a resource path name of letters, digits and dashes, such as reminder',
			name,
		);
	return name;
}

const pathName = (ctx: IExecuteFunctions, i: number) =>
	toPathName(ctx, i, ctx.getNodeParameter('resourcePath', i, ''));

export const otherKind: ResourceKind = {
	slug: pathName,
	label: 'Record',
	idField(ctx, i) {
		const name = toText(ctx, i, 'ID Field Name', ctx.getNodeParameter('idFieldName', i, '')).trim();
		return name === '' ? defaultIdField(pathName(ctx, i)) : name;
	},
	outputKey: () => 'id',
	recordId: (ctx, i) =>
		toPathSegment(
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
			const label = `Filters › Filter ${n + 1}`;
			const field = toText(ctx, i, `${label} › Field`, filter.field ?? '').trim();
			if (field === '')
				throw invalidParameter(ctx, i, `${label} › Field`, 'a field name', filter.field);
			qs[field] = toText(ctx, i, `${label} › Value`, filter.value ?? '');
		});
		return { ...qs, ...sortQuery(ctx, i, sortOf(ctx, i, options)) };
	},
};

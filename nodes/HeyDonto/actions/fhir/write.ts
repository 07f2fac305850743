import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { collection, forOperation } from '../../../shared/describe';
import type { Operation } from '../../../shared/operation';
import { assertSomethingToUpdate } from '../../../shared/operation';
import { invalidParameter, isBlank, toJson } from '../../../shared/validate';
import { heyDonto } from '../../transport';
import type { FhirField } from './fields';
import { MORE_FIELDS } from './fields';
import type { FhirKind, FhirTarget } from './target';
import { readTarget, targetProperties } from './target';

/**
 * FHIR Create (POST) and Update (PUT). A resource is written from typed fields or given whole as JSON.
 * FHIR's PUT replaces the resource, so Update reads it first, applies the changes and sends it back
 * whole: the elements the user did not touch stay as they were.
 */

export interface WriteSpec {
	kind: FhirKind;
	/** Top-level fields of Create (those marked `required` must be set). */
	primary: FhirField[];
	/** The other typed fields: Additional Fields on Create; with the primary ones, Update Fields. */
	optional: FhirField[];
}

const byName = (properties: INodeProperties[]) =>
	[...properties].sort((a, b) => a.displayName.localeCompare(b.displayName));

/** Typed fields, or the resource as JSON ("FHIR Other Resource" has only JSON). */
const bodyMode: INodeProperties = {
	displayName: 'Send Resource As',
	name: 'bodyMode',
	type: 'options',
	options: [
		{ name: 'Fields Below', value: 'fields', description: 'Typed fields for the common elements' },
		{ name: 'JSON', value: 'json', description: 'The resource as FHIR JSON' },
	],
	default: 'fields',
};

const jsonBody = (operation: 'create' | 'update'): INodeProperties => ({
	displayName: 'Resource (JSON)',
	name: 'jsonBody',
	type: 'json',
	default: '{}',
	required: true,
	description:
		operation === 'create'
			? 'The resource as FHIR JSON; resourceType is filled in when left out'
			: 'The elements to change as FHIR JSON: each replaces the element of the resource, null removes it; the others stay as they are',
});

/** The JSON object of a parameter; its resourceType, if any, must be the target's. */
function readJson(
	ctx: IExecuteFunctions,
	i: number,
	name: string,
	label: string,
	type: string,
): IDataObject {
	const value = ctx.getNodeParameter(name, i, '');
	if (isBlank(value)) return {};
	const json = toJson(ctx, i, label, value) as IDataObject;
	if (json.resourceType !== undefined && json.resourceType !== type)
		throw invalidParameter(
			ctx,
			i,
			label,
			`a ${type} resource (resourceType "${type}")`,
			json.resourceType,
		);
	return json;
}

/** Top-level elements of `changes` replace those of `resource`; null removes one. */
function merge(resource: IDataObject, changes: IDataObject): IDataObject {
	for (const [element, value] of Object.entries(changes)) {
		if (value === null) delete resource[element];
		else resource[element] = value;
	}
	return resource;
}

/** Applies the typed fields that are set, in the order they are defined. */
function applyFields(
	ctx: IExecuteFunctions,
	i: number,
	resource: IDataObject,
	fields: FhirField[],
	values: IDataObject,
) {
	for (const field of fields) {
		const value = values[field.property.name];
		if (isBlank(value)) continue;
		field.apply(ctx, i, resource, value);
	}
}

/** The top-level fields of a Create, a required one that is empty failing before any request. */
function primaryValues(ctx: IExecuteFunctions, i: number, fields: FhirField[]): IDataObject {
	const values: IDataObject = {};
	for (const { property } of fields) {
		const value = ctx.getNodeParameter(property.name, i, '') as IDataObject[string];
		if (property.required && isBlank(value))
			throw invalidParameter(ctx, i, property.displayName, 'a value', value);
		values[property.name] = value;
	}
	return values;
}

const typed = (kind: FhirKind) => kind.type !== undefined;

function fieldsOnly(properties: INodeProperties[]): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: { show: { bodyMode: ['fields'] } },
	}));
}

function jsonOnly(kind: FhirKind, property: INodeProperties): INodeProperties {
	return typed(kind) ? { ...property, displayOptions: { show: { bodyMode: ['json'] } } } : property;
}

async function send(
	ctx: IExecuteFunctions,
	i: number,
	target: FhirTarget,
	interaction: 'create' | 'update',
	body: IDataObject,
) {
	const answer = await heyDonto.request.call(ctx, {
		endpoint: target.endpoint(interaction),
		params: target.params,
		body,
		itemIndex: i,
		subject: target.subject,
	});
	// A server may answer without the resource (FHIR's Prefer: return=minimal): output what was sent.
	return answer !== null &&
		typeof answer === 'object' &&
		!Array.isArray(answer) &&
		Object.keys(answer).length > 0
		? (answer as IDataObject)
		: body;
}

export function create(spec: WriteSpec): Operation {
	const { kind } = spec;
	const properties: INodeProperties[] = typed(kind)
		? [
				bodyMode,
				...fieldsOnly(spec.primary.map((field) => field.property)),
				...fieldsOnly([
					collection(
						'additionalFields',
						byName([...spec.optional.map((field) => field.property), MORE_FIELDS]),
					),
				]),
				jsonOnly(kind, jsonBody('create')),
			]
		: [jsonBody('create')];
	return {
		description: forOperation(kind.value, 'create', [
			...targetProperties(kind, false),
			...properties,
		]),
		async execute(this: IExecuteFunctions, i: number) {
			const target = readTarget(this, i, kind, false);
			let resource: IDataObject;
			if (!typed(kind) || this.getNodeParameter('bodyMode', i, 'fields') === 'json') {
				resource = {
					resourceType: target.type,
					...readJson(this, i, 'jsonBody', 'Resource (JSON)', target.type),
				};
			} else {
				resource = { resourceType: target.type };
				applyFields(this, i, resource, spec.primary, primaryValues(this, i, spec.primary));
				const additional = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
				applyFields(this, i, resource, spec.optional, additional);
				merge(
					resource,
					readJson(this, i, 'additionalFields.moreFields', 'More Fields (JSON)', target.type),
				);
			}
			return await send(this, i, target, 'create', resource);
		},
	};
}

export function update(spec: WriteSpec): Operation {
	const { kind } = spec;
	const all = [...spec.primary, ...spec.optional];
	const updateFields = collection(
		'updateFields',
		byName([...all.map((field) => ({ ...field.property, required: false })), MORE_FIELDS]),
	);
	const properties: INodeProperties[] = typed(kind)
		? [bodyMode, ...fieldsOnly([updateFields]), jsonOnly(kind, jsonBody('update'))]
		: [jsonBody('update')];
	return {
		description: forOperation(kind.value, 'update', [
			...targetProperties(kind, true),
			...properties,
		]),
		async execute(this: IExecuteFunctions, i: number) {
			const target = readTarget(this, i, kind, true);
			const json = !typed(kind) || this.getNodeParameter('bodyMode', i, 'fields') === 'json';
			// Everything is read and checked before the first request.
			const changes = json
				? readJson(this, i, 'jsonBody', 'Resource (JSON)', target.type)
				: (this.getNodeParameter('updateFields', i, {}) as IDataObject);
			const more = json
				? {}
				: readJson(this, i, 'updateFields.moreFields', 'More Fields (JSON)', target.type);
			assertSomethingToUpdate(this, i, changes, [json ? 'Resource (JSON)' : 'Update Fields']);
			if (!json) applyFields(this, i, { resourceType: target.type }, all, changes);
			const current = (await heyDonto.record.call(this, {
				endpoint: target.endpoint('get'),
				params: target.params,
				itemIndex: i,
				subject: target.subject,
			})) as IDataObject;
			if (current.resourceType !== undefined && current.resourceType !== target.type)
				throw new NodeOperationError(
					this.getNode(),
					`HeyDonto answered a ${String(current.resourceType)} for ${target.type}/${target.id}`,
					{ itemIndex: i },
				);
			const resource = JSON.parse(JSON.stringify(current)) as IDataObject;
			if (json) merge(resource, changes);
			else {
				applyFields(this, i, resource, all, changes);
				merge(resource, more);
			}
			return await send(this, i, target, 'update', {
				...resource,
				resourceType: target.type,
				id: target.id,
			});
		},
	};
}

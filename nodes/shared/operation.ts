import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ItemHandler, OperationResult } from './execute';

/**
 * The one way an operation is written, in every action node (the shape of n8n's own Airtable v2):
 * `actions/<resource>/<op>.operation.ts` exports `description` (its parameters, scoped to its resource
 * and operation) and `execute` (what it does for one input item). `state` is what one execution of
 * the node shares between its items: nothing for most vendors, AlfaDocs' practice/archive session.
 */
export type Execute<S = undefined> = (
	this: IExecuteFunctions,
	itemIndex: number,
	state: S,
) => Promise<OperationResult>;

export interface Operation<S = undefined> {
	description: INodeProperties[];
	execute: Execute<S>;
}

/** A resource: its operation picker followed by its operations' parameters, and the operations by value. */
export interface Resource<S = undefined> {
	description: INodeProperties[];
	operations: Record<string, Execute<S>>;
}

/**
 * A resource from its picker and its operations, keyed by operation value. An operation module that
 * serves several values (or a parameter list two operations share) is listed once in the description,
 * where it first appears.
 */
export function resourceOf<S = undefined>(
	picker: INodeProperties,
	operations: Record<string, Operation<S>>,
): Resource<S> {
	const descriptions = new Set(Object.values(operations).map((operation) => operation.description));
	return {
		description: [picker, ...[...descriptions].flat()],
		operations: Object.fromEntries(
			Object.entries(operations).map(([value, operation]) => [value, operation.execute]),
		),
	};
}

/** The parameters of a node's resources, in the order the resources are listed. */
export function resourceProperties<S>(resources: Record<string, Resource<S>>): INodeProperties[] {
	return Object.values(resources).flatMap((resource) => resource.description);
}

/**
 * The per-item handler of a node: runs the item's resource and operation with the execution's state
 * (hand it to `runPerItem`). An unknown pair fails with a NodeOperationError.
 */
export function routeOperation<S>(
	resources: Record<string, { operations: Record<string, Execute<S>> }>,
	state: S,
): ItemHandler {
	return async function route(this: IExecuteFunctions, itemIndex: number) {
		const resource = this.getNodeParameter('resource', itemIndex) as string;
		const operation = this.getNodeParameter('operation', itemIndex) as string;
		const execute = resources[resource]?.operations[operation];
		if (!execute) {
			throw new NodeOperationError(
				this.getNode(),
				`The operation "${operation}" is not supported for the resource "${resource}"`,
				{ itemIndex },
			);
		}
		return await execute.call(this, itemIndex, state);
	};
}

/** A node's resource picker. */
export function resourcePicker(
	options: Array<{ name: string; value: string; description?: string }>,
	defaultValue: string,
): INodeProperties {
	return {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options,
		default: defaultValue,
	};
}

export interface OperationOption {
	name: string;
	value: string;
	action: string;
	/** Default: the action. */
	description?: string;
}

/** The operation picker of one resource (or several sharing operations), options sorted by name. */
export function operationPicker(
	resources: string | string[],
	options: OperationOption[],
	defaultValue = options[0].value,
): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: Array.isArray(resources) ? resources : [resources] } },
		options: [...options]
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((option) => ({ ...option, description: option.description ?? option.action })),
		default: defaultValue,
	};
}

/** "a brand", "an organization", "a user" (a vowel sounded "you" takes "a"). */
export const withArticle = (word: string) =>
	/^[aeiou]/i.test(word) && !/^(u[bcdfgklmnprstvz][aeiou]|uni|eu)/i.test(word)
		? `an ${word}`
		: `a ${word}`;

export type CrudOperation = 'create' | 'delete' | 'get' | 'getAll' | 'replace' | 'update';

/**
 * The options of the usual record operations, in the words n8n's conventions use, for one record type
 * ("brand", "brands"); `descriptions` words an option differently where the vendor works differently.
 */
export function crudOptions(
	one: string,
	plural: string,
	operations: CrudOperation[],
	descriptions: Partial<Record<CrudOperation, string>> = {},
): OperationOption[] {
	const a = withArticle(one);
	const all: Record<CrudOperation, OperationOption> = {
		create: { name: 'Create', value: 'create', action: `Create ${a}` },
		delete: { name: 'Delete', value: 'delete', action: `Delete ${a}` },
		get: { name: 'Get', value: 'get', action: `Get ${a}`, description: `Get ${a} by ID` },
		getAll: { name: 'Get Many', value: 'getAll', action: `Get many ${plural}` },
		replace: {
			name: 'Replace',
			value: 'replace',
			action: `Replace ${a}`,
			description: `Replace ${a}: every field is sent, fields left out are cleared`,
		},
		update: {
			name: 'Update',
			value: 'update',
			action: `Update ${a}`,
			description: `Update ${a}: only the fields you add change`,
		},
	};
	return operations.map((operation) => ({
		...all[operation],
		description: descriptions[operation] ?? all[operation].description ?? all[operation].action,
	}));
}

/** Fails before any request when an update carries no change ("Update Fields" left empty). */
export function assertSomethingToUpdate(
	ctx: IExecuteFunctions,
	itemIndex: number,
	updates: IDataObject,
	labels: string[] = ['Update Fields'],
): void {
	if (Object.keys(updates).length > 0) return;
	const quoted = labels.map((label) => `"${label}"`);
	throw new NodeOperationError(
		ctx.getNode(),
		`Nothing to update: ${quoted.join(' and ')} ${labels.length > 1 ? 'are' : 'is'} empty`,
		{ itemIndex, description: `Add at least one field to ${quoted.join(' or ')}.` },
	);
}

/** What a Delete outputs: the IDs of the record it deleted, and `deleted: true`. */
export const deleted = (ids: IDataObject): IDataObject => ({ ...ids, deleted: true });

import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { idParameter } from './validate';

/** The record a request is about, so a 404 can name the ID that was not found (and its parent's). */
export interface Subject {
	label: string;
	id: string | number;
	/** The record it lives under (the patient of a phone number, the site of a site assistant). */
	parent?: Subject;
	/** The parameter the user gives its ID in, when a hint should name it ("Contact ID"). */
	parameter?: string;
}

/** A numeric ID parameter of an operation: the property (a locator or a plain ID field) and what it names. */
export interface IdParameter {
	property: INodeProperties;
	/** "Site Assistant": what a 404 says was not found. */
	subject: string;
}

/** An ID parameter whose subject is its label without " ID" ("Code ID" names a code). */
export const idOf = (
	property: INodeProperties,
	subject = property.displayName.replace(/ ID$/, ''),
): IdParameter => ({ property, subject });

/**
 * Reads the IDs of a record and of its parents (outermost first), each checked before any request:
 * the path parameters (named as the properties are) and the subject a 404 names.
 */
export function readIds(ctx: IExecuteFunctions, itemIndex: number, ...ids: IdParameter[]) {
	const params: Record<string, number> = {};
	let subject: Subject | undefined;
	for (const { property, subject: label } of ids) {
		const id = idParameter(ctx, itemIndex, property.name, property.displayName);
		params[property.name] = id;
		subject = { label, id, parent: subject };
	}
	return { params, subject };
}

import type { Source } from '../../shared/endpoints';

/**
 * How a field is typed in n8n and sent to AHDS:
 * - `string`, `number`, `integer`, `boolean`: as given.
 * - `date`: `YYYY-MM-DD`; `dateTime`: ISO 8601 in UTC.
 * - `uuid`: a UUID; `uuidList`: an array of UUIDs (typed comma-separated); `stringList`: an array of texts.
 * - `options`: one of `values`.
 * - `decimal`: money as a decimal string (`"100.00"`), as AHDS sends amounts.
 * - `coding`: a coded value `{code, system, display?}`; `quantity`: `{value, unit, system?}`.
 * - `json`: any JSON (an object for `extensions`, an array for line items).
 * - `objectList`: an array of objects typed by `fields` (a repeatable group in n8n).
 */
export type AhdsFieldType =
	| 'string'
	| 'number'
	| 'integer'
	| 'boolean'
	| 'date'
	| 'dateTime'
	| 'uuid'
	| 'uuidList'
	| 'stringList'
	| 'options'
	| 'decimal'
	| 'coding'
	| 'quantity'
	| 'json'
	| 'objectList';

export interface AhdsField {
	/** The API's field name. */
	name: string;
	type: AhdsFieldType;
	/** Shown in n8n; default: the name in Title Case ("ownerContactId" -> "Owner Contact ID"). */
	label?: string;
	description: string;
	placeholder?: string;
	/** Required on Create and Replace: a top-level parameter instead of an "Additional Fields" entry. */
	required?: boolean;
	/** For `options`. */
	values?: readonly string[];
	/**
	 * Whether the list takes this field as a filter. Default: every scalar field that is not a date
	 * (the rule AHDS' documented Contact list follows, SEED; for the other resources it is INFERRED).
	 */
	filter?: boolean;
	/** Whether `sortBy` takes this field. Default: text (not UUIDs or options), number and date fields. */
	sort?: boolean;
	/** For `objectList`: the fields of one entry, and the name of one entry ("Contact Detail"). */
	fields?: AhdsField[];
	itemName?: string;
	/** For `coding`: an example code and code system, for the placeholders. */
	example?: { code: string; system: string };
	/**
	 * For `coding` in a list entry: the codes to pick from (node version 1.1 on), all of one code system;
	 * "Custom Code" keeps the code, system and display fields. `fills` names the entry field that takes
	 * the picked code's display text when left empty.
	 */
	codes?: {
		system: string;
		values: ReadonlyArray<{ code: string; display: string }>;
		fills?: string;
	};
	/** For `boolean` list entry fields: what a new entry starts with from node version 1.1 (version 1: off). */
	initial?: boolean;
	/** For list entry fields: technical, listed under the entry's "Additional Fields" from node version 1.1. */
	advanced?: boolean;
	/** For `objectList`: entry fields the node fills when left empty. */
	autofill?: {
		/** A new v4 UUID. */
		uuid?: string;
		/** The ID of the record the entry belongs to. */
		parentId?: string;
		/** The current time (ISO 8601). */
		now?: string[];
	};
}

/**
 * One AHDS resource: everything the generic engine needs to offer its six operations
 * (Create, Get, Get Many, Update, Replace, Delete) under /site/{siteId}/ahds/v1/{slug}.
 */
export interface AhdsResource {
	/** The path name, e.g. 'appointment-type'. */
	slug: string;
	/** The n8n `resource` value, e.g. 'appointmentType'. */
	value: string;
	displayName: string;
	/** Lower case, for actions: "Get many appointment types". */
	plural: string;
	/** The record's UUID field, e.g. 'appointmentTypeId'; the client supplies it on create. */
	idField: string;
	/** The source does not show the ID field's name: it follows the `<resource>Id` pattern. */
	idFieldInferred?: boolean;
	/** Where the path name and fields come from (SEED: AHDS' API document; DOCS: docs.heydonto.com pages). */
	source: Extract<Source, 'SEED' | 'DOCS' | 'INFERRED'>;
	/** What the source shows, for the README and the endpoint table. */
	evidence: string;
	/** The fields the source names; the JSON body mode and "More Fields (JSON)" reach the others. */
	fields: AhdsField[];
	/** Whether `fields` is the full documented body (Contact): no "More Fields (JSON)" needed. */
	complete?: boolean;
}
